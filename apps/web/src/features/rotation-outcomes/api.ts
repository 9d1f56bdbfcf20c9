import type { CohortRotationView } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Every rotation of the cohort's students with its outcome. */
export function fetchCohortRotations(client: ApiClient, cohortId: string, signal?: AbortSignal): Promise<CohortRotationView[]> {
  return client.get<CohortRotationView[]>(`/cohorts/${encodeURIComponent(cohortId)}/rotations`, { signal });
}
