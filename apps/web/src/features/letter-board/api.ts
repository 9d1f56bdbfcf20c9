import type { LetterView } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Every letter request of the cohort's students, by due date. */
export function fetchCohortLetters(client: ApiClient, cohortId: string, signal?: AbortSignal): Promise<LetterView[]> {
  return client.get<LetterView[]>(`/cohorts/${encodeURIComponent(cohortId)}/letters`, { signal });
}
