/** The four roles of the platform. A user has exactly one, within one institution. */
export const ROLES = ['ADMIN', 'ADVISOR', 'MENTOR', 'STUDENT'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Institution admin',
  ADVISOR: 'Advisor',
  MENTOR: 'Mentor',
  STUDENT: 'Student',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
