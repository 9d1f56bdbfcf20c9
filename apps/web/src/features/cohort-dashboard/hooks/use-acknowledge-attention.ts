import type { AttentionAcknowledgementView } from '@advising/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { acknowledgeAttention, type AcknowledgeAttentionInput } from '../api';

/**
 * Acknowledges a student's needs-attention items. On success the cohort's summary (list and
 * tiles), the cohorts list (its counts) and the student's own record (which shows the latest
 * acknowledgement) are fetched again; the returned promise resolves once the summary is back, so
 * the caller sees the list without the student. A 409 (the student's items changed meanwhile)
 * refreshes the summary too, so the advisor sees what is new.
 */
export function useAcknowledgeAttention(cohortId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<AttentionAcknowledgementView, unknown, { studentId: string; input: AcknowledgeAttentionInput }>({
    mutationFn: ({ studentId, input }) => acknowledgeAttention(client, studentId, input),
    onSuccess: (_saved, { studentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.cohorts.summary(cohortId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cohorts.list() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.students.one(studentId) }),
      ]),
    onError: (error) =>
      error instanceof ApiError && error.status === 409 ? queryClient.invalidateQueries({ queryKey: queryKeys.cohorts.summary(cohortId) }) : undefined,
  });
}
