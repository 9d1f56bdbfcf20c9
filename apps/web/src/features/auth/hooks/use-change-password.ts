import type { ChangePasswordRequest } from '@advising/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { changePassword } from '../api';

/** Set the signed-in user's own password; then reload who they are (the one-time flag is gone). */
export function useChangePassword() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, unknown, ChangePasswordRequest>({
    mutationFn: (request) => changePassword(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auth.me() }),
  });
}
