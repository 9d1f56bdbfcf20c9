import { ROUTES } from '@advising/contracts';
import { type ComponentType, lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { LoadingState } from '../components/StatusViews';
import { preloadCohortDashboard } from '../features/cohort-dashboard/preload';
import { StaffOnly } from '../features/cohorts/components/StaffOnly';
import { preloadStudentPage } from '../features/student-page/preload';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import type { PreloadContext, RouteHandle } from './route-preload';
import { RouteErrorPage } from './RouteErrorPage';

// Each page is its own chunk: a student never downloads the admin screens. A page's chunk starts
// loading as soon as its route is entered (see RouteHandle), not once the session check is over.
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { Page: lazy(() => load().then((m) => ({ default: pick(m) }))), load };
}

const SignInPage = page(() => import('../features/auth/components/SignInPage'), (m) => m.SignInPage);
const CohortsPage = page(() => import('../features/cohorts/components/CohortsPage'), (m) => m.CohortsPage);
const CohortDashboardPage = page(() => import('../features/cohort-dashboard/components/CohortDashboardPage'), (m) => m.CohortDashboardPage);
const LetterBoardPage = page(() => import('../features/letter-board/components/LetterBoardPage'), (m) => m.LetterBoardPage);
const RotationOutcomesPage = page(() => import('../features/rotation-outcomes/components/RotationOutcomesPage'), (m) => m.RotationOutcomesPage);
const MyPlanPage = page(() => import('../features/my-plan/components/MyPlanPage'), (m) => m.MyPlanPage);
const LetterRequestsPage = page(() => import('../features/letter-requests/components/LetterRequestsPage'), (m) => m.LetterRequestsPage);
const StudentPage = page(() => import('../features/student-page/components/StudentPage'), (m) => m.StudentPage);
const UsersPage = page(() => import('../features/admin/components/UsersPage'), (m) => m.UsersPage);
const AdminCohortsPage = page(() => import('../features/admin/components/AdminCohortsPage'), (m) => m.AdminCohortsPage);
const CohortImportPage = page(() => import('../features/admin/components/CohortImportPage'), (m) => m.CohortImportPage);
const AuditLogPage = page(() => import('../features/admin/components/AuditLogPage'), (m) => m.AuditLogPage);
const JobsPage = page(() => import('../features/admin/components/JobsPage'), (m) => m.JobsPage);
const SourcesPage = page(() => import('../features/sources/components/SourcesPage'), (m) => m.SourcesPage);
const RuleCataloguePage = page(() => import('../features/sources/components/RuleCataloguePage'), (m) => m.RuleCataloguePage);

type LazyPage = ReturnType<typeof page>;

/** The route's handle: the page's chunk, and for the pages that have them, its first requests. */
function preload({ load }: LazyPage, requests?: (context: PreloadContext) => void): RouteHandle {
  return { load: () => void load(), requests };
}

/** The pages behind the navigation; who may open each one comes from NAVIGATION. */
const ROLE_PAGES: { path: string; page: LazyPage }[] = [
  { path: ROUTES.myPlan, page: MyPlanPage },
  { path: ROUTES.letterRequests, page: LetterRequestsPage },
  { path: ROUTES.users, page: UsersPage },
  { path: ROUTES.adminCohorts, page: AdminCohortsPage },
  { path: ROUTES.adminAudit, page: AuditLogPage },
  { path: ROUTES.adminJobs, page: JobsPage },
  { path: ROUTES.sources, page: SourcesPage },
  { path: ROUTES.rules, page: RuleCataloguePage },
];

/** Cohort screens: advisors see the cohorts they advise, admins every cohort of the institution. */
const COHORT_PAGES: { path: string; page: LazyPage; requests?: (context: PreloadContext) => void }[] = [
  { path: ROUTES.cohorts, page: CohortsPage },
  { path: ROUTES.cohort, page: CohortDashboardPage, requests: preloadCohortDashboard },
  { path: ROUTES.cohortLetters, page: LetterBoardPage },
  { path: ROUTES.cohortRotations, page: RotationOutcomesPage },
];

function Root() {
  return (
    <Suspense
      fallback={
        <div className="full-page">
          <LoadingState />
        </div>
      }
    >
      <Outlet />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: ROUTES.signIn, element: <SignInPage.Page /> },
      {
        path: ROUTES.home,
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...ROLE_PAGES.map(({ path, page }) => ({
            path,
            handle: preload(page),
            element: (
              <RequireRole path={path}>
                <page.Page />
              </RequireRole>
            ),
          })),
          ...COHORT_PAGES.map(({ path, page, requests }) => ({
            path,
            handle: preload(page, requests),
            element: (
              <StaffOnly>
                <page.Page />
              </StaffOnly>
            ),
          })),
          // A cohort's CSV import, opened from the admin's cohorts page: open to whoever may open that page.
          {
            path: ROUTES.adminImport,
            handle: preload(CohortImportPage),
            element: (
              <RequireRole path={ROUTES.adminCohorts}>
                <CohortImportPage.Page />
              </RequireRole>
            ),
          },
          // Opened from a cohort, not the navigation: the page itself admits advisors and admins.
          { path: ROUTES.student, element: <StudentPage.Page />, handle: preload(StudentPage, preloadStudentPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
