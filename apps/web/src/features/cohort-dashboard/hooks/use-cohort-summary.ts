import type { CohortSummary } from '@advising/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohortSummary } from '../api';

export function useCohortSummary(cohortId: string): UseQueryResult<CohortSummary> {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.cohorts.summary(cohortId), queryFn: ({ signal }) => fetchCohortSummary(client, cohortId, signal) });
}
