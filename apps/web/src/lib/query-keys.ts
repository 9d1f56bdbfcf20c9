/**
 * Every query key of the web app comes from this factory, so a mutation can invalidate exactly
 * what it changes (`queryKeys.auth.all` drops everything about the session, for instance).
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },

  // Student record (student page and My plan): a write to a student's facts invalidates `students.one(id)`.
  students: {
    all: ['students'] as const,
    one: (studentId: string) => [...queryKeys.students.all, studentId] as const,
    detail: (studentId: string) => [...queryKeys.students.one(studentId), 'detail'] as const,
    timeline: (studentId: string) => [...queryKeys.students.one(studentId), 'timeline'] as const,
    notes: (studentId: string) => [...queryKeys.students.one(studentId), 'notes'] as const,
  },
  mentors: {
    all: ['mentors'] as const,
  },
  // Mentor: the letter requests addressed to the signed-in mentor.
  letterRequests: {
    all: ['letter-requests'] as const,
    mine: () => [...queryKeys.letterRequests.all, 'mine'] as const,
  },
  // Admin: accounts, cohorts (as the admin manages them) and the audit trail.
  admin: {
    all: ['admin'] as const,
    users: () => [...queryKeys.admin.all, 'users'] as const,
    userList: (filters: Record<string, string | undefined>) => [...queryKeys.admin.users(), 'list', filters] as const,
    cohorts: () => [...queryKeys.admin.all, 'cohorts'] as const,
    audit: (filters: Record<string, string | undefined>) => [...queryKeys.admin.all, 'audit', filters] as const,
    jobs: () => [...queryKeys.admin.all, 'jobs'] as const,
  },
  // Advisor: cohorts, each cohort's dashboard and boards. Writes to a student's facts change these too (invalidate `cohorts.all`).
  cohorts: {
    all: ['cohorts'] as const,
    list: () => [...queryKeys.cohorts.all, 'list'] as const,
    one: (cohortId: string) => [...queryKeys.cohorts.all, cohortId] as const,
    summary: (cohortId: string) => [...queryKeys.cohorts.one(cohortId), 'summary'] as const,
    students: (cohortId: string) => [...queryKeys.cohorts.one(cohortId), 'students'] as const,
    letters: (cohortId: string) => [...queryKeys.cohorts.one(cohortId), 'letters'] as const,
    rotations: (cohortId: string) => [...queryKeys.cohorts.one(cohortId), 'rotations'] as const,
  },
} as const;
