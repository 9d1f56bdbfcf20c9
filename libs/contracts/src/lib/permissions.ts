import type { Role } from './roles';

/**
 * How far a role reaches on an endpoint:
 * - `institution`: any record of the caller's institution;
 * - `advised`: students in (and cohorts of) the cohorts the caller advises;
 * - `own`: the caller's own student record;
 * - `mentee`: students who asked the caller for a letter, and those letter requests;
 * - `self`: the caller's own account (routes under /me).
 */
export type Scope = 'institution' | 'advised' | 'own' | 'mentee' | 'self';

/** What the route's path parameter names, and so what the scope is checked against. */
export type ResourceKind = 'student' | 'cohort' | 'letter' | 'user' | 'job' | null;

export interface EndpointPermission {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path as registered, with `:param` placeholders. */
  path: string;
  resource: ResourceKind;
  /** Roles allowed and how far each reaches; every other role gets 403. */
  allow: Partial<Record<Role, Scope>>;
  /** Status of a successful call. */
  success: number;
  write: boolean;
}

const p = (method: EndpointPermission['method'], path: string, resource: ResourceKind, allow: EndpointPermission['allow'], success?: number): EndpointPermission => ({
  method,
  path,
  resource,
  allow,
  success: success ?? (method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200),
  write: method !== 'GET',
});

const STAFF = { ADMIN: 'institution', ADVISOR: 'advised' } as const;
const STAFF_AND_STUDENT = { ADMIN: 'institution', ADVISOR: 'advised', STUDENT: 'own' } as const;

/**
 * The one permission table: who may call what, and on whose records. The API's guard enforces it
 * and the authorization test matrix is generated from it.
 */
export const PERMISSIONS = {
  'cohorts.list': p('GET', '/api/cohorts', null, STAFF),
  'cohorts.create': p('POST', '/api/cohorts', null, { ADMIN: 'institution' }),
  'cohorts.update': p('PATCH', '/api/cohorts/:cohortId', 'cohort', { ADMIN: 'institution' }),
  'cohorts.setAdvisors': p('PUT', '/api/cohorts/:cohortId/advisors', 'cohort', { ADMIN: 'institution' }),
  'cohorts.addStudents': p('POST', '/api/cohorts/:cohortId/students', 'cohort', { ADMIN: 'institution' }, 200),
  'cohorts.summary': p('GET', '/api/cohorts/:cohortId/summary', 'cohort', STAFF),
  'cohorts.import': p('POST', '/api/cohorts/:cohortId/import', 'cohort', STAFF),
  'cohorts.export': p('GET', '/api/cohorts/:cohortId/export.csv', 'cohort', STAFF),
  'cohorts.letters': p('GET', '/api/cohorts/:cohortId/letters', 'cohort', STAFF),
  'cohorts.rotations': p('GET', '/api/cohorts/:cohortId/rotations', 'cohort', STAFF),

  'students.list': p('GET', '/api/students', null, STAFF),
  'students.get': p('GET', '/api/students/:studentId', 'student', { ...STAFF_AND_STUDENT, MENTOR: 'mentee' }),
  'students.updateProfile': p('PUT', '/api/students/:studentId/profile', 'student', STAFF),
  'students.timeline': p('GET', '/api/students/:studentId/recommendations', 'student', STAFF_AND_STUDENT),
  'students.whatIf': p('POST', '/api/students/:studentId/what-if', 'student', STAFF_AND_STUDENT, 200),
  'students.override': p('PUT', '/api/students/:studentId/override', 'student', STAFF),
  'students.clearOverride': p('DELETE', '/api/students/:studentId/override', 'student', STAFF),
  'students.listNotes': p('GET', '/api/students/:studentId/notes', 'student', STAFF),
  'students.addNote': p('POST', '/api/students/:studentId/notes', 'student', STAFF),
  'students.acknowledgeAttention': p('POST', '/api/students/:studentId/attention-acknowledgements', 'student', STAFF),

  'exams.create': p('POST', '/api/students/:studentId/exams', 'student', STAFF_AND_STUDENT),
  'exams.update': p('PATCH', '/api/students/:studentId/exams/:itemId', 'student', STAFF_AND_STUDENT),
  'exams.delete': p('DELETE', '/api/students/:studentId/exams/:itemId', 'student', STAFF_AND_STUDENT),
  'rotations.create': p('POST', '/api/students/:studentId/rotations', 'student', STAFF_AND_STUDENT),
  'rotations.update': p('PATCH', '/api/students/:studentId/rotations/:itemId', 'student', STAFF_AND_STUDENT),
  'rotations.delete': p('DELETE', '/api/students/:studentId/rotations/:itemId', 'student', STAFF_AND_STUDENT),
  'research.create': p('POST', '/api/students/:studentId/research', 'student', STAFF_AND_STUDENT),
  'research.update': p('PATCH', '/api/students/:studentId/research/:itemId', 'student', STAFF_AND_STUDENT),
  'research.delete': p('DELETE', '/api/students/:studentId/research/:itemId', 'student', STAFF_AND_STUDENT),

  'letters.create': p('POST', '/api/students/:studentId/letters', 'student', STAFF_AND_STUDENT),
  'letters.update': p('PATCH', '/api/letters/:letterId', 'letter', { ...STAFF_AND_STUDENT, MENTOR: 'mentee' }),
  'letters.transition': p('POST', '/api/letters/:letterId/transitions', 'letter', { ...STAFF, MENTOR: 'mentee' }, 200),
  'letters.delete': p('DELETE', '/api/letters/:letterId', 'letter', STAFF_AND_STUDENT),
  'letters.mine': p('GET', '/api/me/letter-requests', null, { MENTOR: 'self' }),
  'mentors.list': p('GET', '/api/mentors', null, { ADMIN: 'institution', ADVISOR: 'institution', STUDENT: 'institution' }),

  'me.record': p('GET', '/api/me/record', null, { STUDENT: 'self' }),

  'users.list': p('GET', '/api/admin/users', null, { ADMIN: 'institution' }),
  'users.create': p('POST', '/api/admin/users', null, { ADMIN: 'institution' }),
  'users.update': p('PATCH', '/api/admin/users/:userId', 'user', { ADMIN: 'institution' }),
  'audit.list': p('GET', '/api/admin/audit-events', null, { ADMIN: 'institution' }),
  'jobs.list': p('GET', '/api/admin/jobs', null, { ADMIN: 'institution' }),
  'jobs.recompute': p('POST', '/api/admin/jobs/recompute', null, { ADMIN: 'institution' }, 202),
  'jobs.retry': p('POST', '/api/admin/jobs/:jobId/retry', 'job', { ADMIN: 'institution' }, 202),
} satisfies Record<string, EndpointPermission>;

export type PermissionId = keyof typeof PERMISSIONS;

export function rolesFor(id: PermissionId): Role[] {
  return Object.keys(PERMISSIONS[id].allow) as Role[];
}
