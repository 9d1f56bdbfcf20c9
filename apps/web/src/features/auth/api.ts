import type { ChangePasswordRequest, CurrentUser, LoginRequest, TokenPair } from '@advising/contracts';
import type { ApiClient } from '../../lib/api-client';

/** Exchange credentials for a token pair and start the session. */
export async function signIn(client: ApiClient, credentials: LoginRequest): Promise<void> {
  const tokens = await client.post<TokenPair>('/auth/login', credentials, { auth: false });
  client.startSession(tokens);
}

/** The signed-in user's own new password (the current one required); their other sessions end. */
export function changePassword(client: ApiClient, request: ChangePasswordRequest): Promise<void> {
  return client.post<void>('/auth/password', request);
}

export function fetchCurrentUser(client: ApiClient, signal?: AbortSignal): Promise<CurrentUser> {
  return client.get<CurrentUser>('/auth/me', { signal });
}

/**
 * Revoke the session on the server, then forget it here. The local session ends even when the
 * server cannot be reached: signing out must always work from the user's point of view.
 */
export async function signOut(client: ApiClient): Promise<void> {
  const refreshToken = client.session.getRefreshToken();
  try {
    if (refreshToken !== null) await client.post<void>('/auth/logout', { refreshToken });
  } catch {
    // Already revoked, expired or unreachable: nothing more to do than forget it locally.
  } finally {
    client.endSession('signed-out');
  }
}
