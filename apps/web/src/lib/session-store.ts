import type { TokenPair } from '@advising/contracts';

/** Why the last session ended; the sign-in page explains it to the user. */
export type SessionEndReason = 'signed-out' | 'expired';

export interface SessionSnapshot {
  /** True while a refresh token is held: the user is (or can silently become) signed in. */
  readonly active: boolean;
  readonly endReason: SessionEndReason | null;
}

/** Storage the refresh token is kept in; `Storage` in the browser, a fake in tests. */
export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const REFRESH_TOKEN_KEY = 'match-compass.refresh-token';

/**
 * Holds the tokens of the signed-in user.
 *
 * - The access token lives only in memory: it is what every request carries, so it is never
 *   written anywhere a script or a later visitor could read it back.
 * - The refresh token is kept in `sessionStorage`, not `localStorage`: a reload or a navigation
 *   keeps the user signed in, but closing the tab ends the session. Advising offices share
 *   workstations and the data is student records (FERPA), so a session must not outlive the tab
 *   or leak into tabs opened later by someone else. The server rotates the refresh token on
 *   every use and revokes the family on reuse, which limits what a stolen one is worth.
 */
export class SessionStore {
  private accessToken: string | null = null;
  private accessTokenExpiresAt = 0;
  /** Mirror of the stored refresh token, so the session survives even when storage fails. */
  private refreshToken: string | null;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: TokenStorage | null,
    private readonly now: () => number = Date.now,
  ) {
    this.refreshToken = this.readRefreshToken();
    this.snapshot = { active: this.refreshToken !== null, endReason: null };
  }

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** Epoch milliseconds at which the access token expires; 0 when there is none. */
  getAccessTokenExpiresAt(): number {
    return this.accessTokenExpiresAt;
  }

  getRefreshToken(): string | null {
    return this.refreshToken;
  }

  setTokens(tokens: TokenPair): void {
    this.accessToken = tokens.accessToken;
    this.accessTokenExpiresAt = this.now() + tokens.expiresIn * 1000;
    this.writeRefreshToken(tokens.refreshToken);
    this.update({ active: true, endReason: null });
  }

  /** Forget every token; `reason` tells the sign-in page what happened. */
  clear(reason: SessionEndReason): void {
    this.accessToken = null;
    this.accessTokenExpiresAt = 0;
    this.writeRefreshToken(null);
    this.update({ active: false, endReason: reason });
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(next: SessionSnapshot): void {
    if (next.active === this.snapshot.active && next.endReason === this.snapshot.endReason) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private readRefreshToken(): string | null {
    try {
      return this.storage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private writeRefreshToken(token: string | null): void {
    this.refreshToken = token;
    try {
      if (token === null) this.storage?.removeItem(REFRESH_TOKEN_KEY);
      else this.storage?.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Storage can be unavailable (private mode, quota); the session then lasts until reload.
    }
  }
}

export function browserSessionStorage(): TokenStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}
