import type { CohortSummary } from '@advising/contracts';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohortSummary } from '../api';

export function useCohortSummary(cohortId: string): UseQueryResult<CohortSummary> {
  return useQuery(cohortSummaryQuery(useApiClient(), cohortId));
}

export const cohortSummaryQuery = (client: ApiClient, cohortId: string) =>
  queryOptions({ queryKey: queryKeys.cohorts.summary(cohortId), queryFn: ({ signal }) => fetchCohortSummary(client, cohortId, signal) });
