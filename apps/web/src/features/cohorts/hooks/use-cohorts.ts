import type { CohortView } from '@advising/contracts';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohorts } from '../api';

export function useCohorts(): UseQueryResult<CohortView[]> {
  return useQuery(cohortsQuery(useApiClient()));
}

export const cohortsQuery = (client: ApiClient) => queryOptions({ queryKey: queryKeys.cohorts.list(), queryFn: ({ signal }) => fetchCohorts(client, signal) });

/** One cohort out of the list (there is no single-cohort endpoint; the list is small and usually cached). */
export function useCohort(cohortId: string): { cohort: CohortView | undefined; query: UseQueryResult<CohortView[]> } {
  const query = useCohorts();
  return { cohort: query.data?.find((c) => c.id === cohortId), query };
}
