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
} as const;
