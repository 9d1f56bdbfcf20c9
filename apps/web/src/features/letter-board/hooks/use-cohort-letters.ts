import type { LetterView } from '@advising/contracts';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-context';
import { queryKeys } from '../../../lib/query-keys';
import { fetchCohortLetters } from '../api';

export function useCohortLetters(cohortId: string): UseQueryResult<LetterView[]> {
  const client = useApiClient();
  return useQuery({ queryKey: queryKeys.cohorts.letters(cohortId), queryFn: ({ signal }) => fetchCohortLetters(client, cohortId, signal) });
}
