import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { signOut } from '../api';

/** Revoke the session and drop every cached answer; the route guard then shows sign-in. */
export function useSignOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, unknown, void>({
    mutationFn: () => signOut(client),
    onSettled: () => {
      queryClient.clear();
    },
  });
}
