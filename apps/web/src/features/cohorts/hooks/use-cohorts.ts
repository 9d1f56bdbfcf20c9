import type { CohortView } from '@advising/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohorts } from '../api';

export function useCohorts(): UseQueryResult<CohortView[]> {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.cohorts.list(), queryFn: ({ signal }) => fetchCohorts(client, signal) });
}

/** One cohort out of the list (there is no single-cohort endpoint; the list is small and usually cached). */
export function useCohort(cohortId: string): { cohort: CohortView | undefined; query: UseQueryResult<CohortView[]> } {
  const query = useCohorts();
  return { cohort: query.data?.find((c) => c.id === cohortId), query };
}
