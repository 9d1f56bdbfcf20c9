import type { CohortView } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Cohorts the caller may see: the ones they advise (advisors), all of the institution (admins). */
export function fetchCohorts(client: ApiClient, signal?: AbortSignal): Promise<CohortView[]> {
  return client.get<CohortView[]>('/cohorts', { signal });
}
