import type { PreloadContext } from '../../app/route-preload';
import { cohortsQuery } from '../cohorts/hooks/use-cohorts';
import { cohortStudentsQuery } from './hooks/use-cohort-students';
import { cohortSummaryQuery } from './hooks/use-cohort-summary';

/** The cohort dashboard's requests (advisors and admins only), started together as soon as the user is known. */
export function preloadCohortDashboard({ queryClient, client, params, user }: PreloadContext): void {
  const cohortId = params['cohortId'];
  if (cohortId === undefined || (user.role !== 'ADVISOR' && user.role !== 'ADMIN')) return;
  void queryClient.prefetchQuery(cohortsQuery(client));
  void queryClient.prefetchQuery(cohortSummaryQuery(client, cohortId));
  void queryClient.prefetchInfiniteQuery(cohortStudentsQuery(client, cohortId));
}
