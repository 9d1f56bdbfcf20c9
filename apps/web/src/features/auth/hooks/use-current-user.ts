import type { CurrentUser } from '@advising/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient, useSession } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCurrentUser } from '../api';

/** The signed-in user (`GET /api/auth/me`); idle while there is no session. */
export function useCurrentUser(): UseQueryResult<CurrentUser> {
  const client = useApiClient();
  const { active } = useSession();
  return useQuery({
    queryKey: queryKeys.auth.me(),
    queryFn: ({ signal }) => fetchCurrentUser(client, signal),
    enabled: active,
    staleTime: 5 * 60_000,
  });
}
