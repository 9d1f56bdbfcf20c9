import type { Role } from './roles';

/** Route paths of the web app, shared so links and tests agree. */
export const ROUTES = {
  signIn: '/sign-in',
  home: '/',
  cohorts: '/cohorts',
  myPlan: '/my-plan',
  letterRequests: '/letter-requests',
  users: '/admin/users',
  adminCohorts: '/admin/cohorts',
  cohort: '/cohorts/:cohortId',
  cohortLetters: '/cohorts/:cohortId/letters',
  cohortRotations: '/cohorts/:cohortId/rotations',
  student: '/students/:studentId',
  adminImport: '/admin/cohorts/:cohortId/import',
  adminAudit: '/admin/audit',
  adminJobs: '/admin/jobs',
  sources: '/sources',
  rules: '/rules',
} as const;

/** Fills a route's `:params`: `routePath(ROUTES.student, { studentId })`. */
export function routePath(route: string, params: Record<string, string>): string {
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

export interface NavItem {
  label: string;
  path: string;
}

/** What each role sees in the navigation: one place, used by the web app and its tests. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  ADVISOR: [
    { label: 'Cohorts', path: ROUTES.cohorts },
    { label: 'Rule catalogue', path: ROUTES.rules },
    { label: 'Sources', path: ROUTES.sources },
  ],
  STUDENT: [
    { label: 'My plan', path: ROUTES.myPlan },
    { label: 'Sources', path: ROUTES.sources },
  ],
  MENTOR: [
    { label: 'Letter requests', path: ROUTES.letterRequests },
    { label: 'Sources', path: ROUTES.sources },
  ],
  ADMIN: [
    { label: 'Users', path: ROUTES.users },
    { label: 'Cohorts', path: ROUTES.adminCohorts },
    { label: 'Audit log', path: ROUTES.adminAudit },
    { label: 'Jobs', path: ROUTES.adminJobs },
    { label: 'Rule catalogue', path: ROUTES.rules },
    { label: 'Sources', path: ROUTES.sources },
  ],
};
