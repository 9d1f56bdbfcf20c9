import type { CohortRotationView } from '@advising/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohortRotations } from '../api';

export function useCohortRotations(cohortId: string): UseQueryResult<CohortRotationView[]> {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.cohorts.rotations(cohortId), queryFn: ({ signal }) => fetchCohortRotations(client, cohortId, signal) });
}
