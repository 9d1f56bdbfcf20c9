/**
 * Every query key of the web app comes from this factory, so a mutation can invalidate exactly
 * what it changes (`queryKeys.auth.all` drops everything about the session, for instance).
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },
} as const;
