import { ROUTES } from '@advising/contracts';
import { type ComponentType, lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { LoadingState } from '../components/StatusViews';
import { StaffOnly } from '../features/cohorts/components/StaffOnly';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import { RouteErrorPage } from './RouteErrorPage';

// Each page is its own chunk: a student never downloads the admin screens.
const SignInPage = lazy(() => import('../features/auth/components/SignInPage').then((m) => ({ default: m.SignInPage })));
const CohortsPage = lazy(() => import('../features/cohorts/components/CohortsPage').then((m) => ({ default: m.CohortsPage })));
const CohortDashboardPage = lazy(() =>
  import('../features/cohort-dashboard/components/CohortDashboardPage').then((m) => ({ default: m.CohortDashboardPage })),
);
const LetterBoardPage = lazy(() => import('../features/letter-board/components/LetterBoardPage').then((m) => ({ default: m.LetterBoardPage })));
const RotationOutcomesPage = lazy(() =>
  import('../features/rotation-outcomes/components/RotationOutcomesPage').then((m) => ({ default: m.RotationOutcomesPage })),
);
const MyPlanPage = lazy(() => import('../features/my-plan/components/MyPlanPage').then((m) => ({ default: m.MyPlanPage })));
const LetterRequestsPage = lazy(() =>
  import('../features/letter-requests/components/LetterRequestsPage').then((m) => ({ default: m.LetterRequestsPage })),
);
const StudentPage = lazy(() => import('../features/student-page/components/StudentPage').then((m) => ({ default: m.StudentPage })));
const UsersPage = lazy(() => import('../features/admin/components/UsersPage').then((m) => ({ default: m.UsersPage })));
const AdminCohortsPage = lazy(() =>
  import('../features/admin/components/AdminCohortsPage').then((m) => ({ default: m.AdminCohortsPage })),
);
const CohortImportPage = lazy(() =>
  import('../features/admin/components/CohortImportPage').then((m) => ({ default: m.CohortImportPage })),
);
const AuditLogPage = lazy(() => import('../features/admin/components/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));

/** The pages behind the navigation; who may open each one comes from NAVIGATION. */
const ROLE_PAGES: { path: string; Page: ComponentType }[] = [
  { path: ROUTES.myPlan, Page: MyPlanPage },
  { path: ROUTES.letterRequests, Page: LetterRequestsPage },
  { path: ROUTES.users, Page: UsersPage },
  { path: ROUTES.adminCohorts, Page: AdminCohortsPage },
  { path: ROUTES.adminAudit, Page: AuditLogPage },
];

/** Cohort screens: advisors see the cohorts they advise, admins every cohort of the institution. */
const COHORT_PAGES: { path: string; Page: ComponentType }[] = [
  { path: ROUTES.cohorts, Page: CohortsPage },
  { path: ROUTES.cohort, Page: CohortDashboardPage },
  { path: ROUTES.cohortLetters, Page: LetterBoardPage },
  { path: ROUTES.cohortRotations, Page: RotationOutcomesPage },
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
      { path: ROUTES.signIn, element: <SignInPage /> },
      {
        path: ROUTES.home,
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomeRedirect /> },
          ...ROLE_PAGES.map(({ path, Page }) => ({
            path,
            element: (
              <RequireRole path={path}>
                <Page />
              </RequireRole>
            ),
          })),
          ...COHORT_PAGES.map(({ path, Page }) => ({
            path,
            element: (
              <StaffOnly>
                <Page />
              </StaffOnly>
            ),
          })),
          // A cohort's CSV import, opened from the admin's cohorts page: open to whoever may open that page.
          {
            path: ROUTES.adminImport,
            element: (
              <RequireRole path={ROUTES.adminCohorts}>
                <CohortImportPage />
              </RequireRole>
            ),
          },
          // Opened from a cohort, not the navigation: the page itself admits advisors and admins.
          { path: ROUTES.student, element: <StudentPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
