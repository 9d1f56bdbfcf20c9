export const JWT_ISSUER = 'match-compass';
export const JWT_AUDIENCE = 'match-compass-api';
export const JWT_ALGORITHM = 'HS256';
/** A sign-in lasts at most this long without a new password, however often it is refreshed. */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

/** The claims of an access token. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  role: string;
  inst: string;
}
