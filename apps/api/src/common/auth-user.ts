import type { Role } from '@advising/contracts';

/** Who is calling: established from a verified access token and a live session. */
export interface AuthUser {
  id: string;
  role: Role;
  institutionId: string;
  sessionId: string;
  /** Signed in with a one-time password: only setting a new password (and signing out) is allowed. */
  mustChangePassword?: boolean;
}
