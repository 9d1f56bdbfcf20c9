import type { Role } from './roles';

/** The demo institution's sign-ins, one per role; printed by `npm start` and used by the end-to-end tests. */
export const DEMO_PASSWORD = 'match-demo-2026';

export const DEMO_ACCOUNTS: Record<Role, { email: string; displayName: string }> = {
  ADMIN: { email: 'admin@demo-med.edu', displayName: 'Alex Admin' },
  ADVISOR: { email: 'advisor@demo-med.edu', displayName: 'Dr. Dana Reyes' },
  MENTOR: { email: 'mentor@demo-med.edu', displayName: 'Dr. Morgan Patel' },
  STUDENT: { email: 'student@demo-med.edu', displayName: 'Sam Student' },
};
