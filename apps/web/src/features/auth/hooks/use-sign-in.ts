import type { CurrentUser, LoginRequest } from '@advising/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCurrentUser, signIn } from '../api';

/** Sign in, then load the user so the layout can render at once. */
export function useSignIn() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CurrentUser, unknown, LoginRequest>({
    mutationFn: async (credentials) => {
      // Nothing cached may carry over from a previous user of this tab.
      queryClient.removeQueries();
      await signIn(client, credentials);
      return fetchCurrentUser(client);
    },
    onSuccess: (user) => {
      queryClient.setQueryData(queryKeys.auth.me(), user);
    },
  });
}
