import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A write to a student's record. Every write may recompute the recommendation, so afterwards the
 * whole student (detail, timeline, notes) and the cohort views are fetched again, also after a failure: a 409 means the
 * record changed under us and the fresh version is wanted.
 */
export function useStudentWrite<TArgs, TResult>(studentId: string, write: (client: ApiClient, args: TArgs) => Promise<TResult>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TResult, unknown, TArgs>({
    mutationFn: (args) => write(client, args),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.students.one(studentId) }),
        // The cohort dashboards and boards count these facts too.
        queryClient.invalidateQueries({ queryKey: queryKeys.cohorts.all }),
      ]),
  });
}
