import type { Role } from './roles';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface LogoutRequest {
  refreshToken?: string;
}

export interface TokenPair {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  tokenType: 'Bearer';
  /** Signed in with a one-time password: set a new one (POST /api/auth/password) before anything else. */
  passwordChangeRequired?: boolean;
}

/** POST /api/auth/password: the signed-in user's own password. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface InstitutionSummary {
  id: string;
  name: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  institution: InstitutionSummary;
  /** Set a new password before anything else (after signing in with a one-time password). */
  passwordChangeRequired?: boolean;
}
