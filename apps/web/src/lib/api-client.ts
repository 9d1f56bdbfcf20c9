import { type ApiErrorBody, ERROR_CODES, type FieldError, type TokenPair } from '@advising/contracts';
import type { SessionEndReason, SessionStore } from './session-store';

/** An error answer of the API, in the one error shape of the platform. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.body.code;
  }

  get details(): FieldError[] {
    return this.body.details ?? [];
  }
}

/** The request never got an answer: offline, server down, connection reset. */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

export interface RequestOptions {
  /** Send the access token, and renew the session on 401. Default true. */
  auth?: boolean;
  signal?: AbortSignal;
  /** Send a string body as is with this Content-Type (e.g. `text/csv`) instead of as JSON. */
  contentType?: string;
  /** Read the answer as JSON (default) or as a Blob (file downloads such as CSV exports). */
  as?: 'json' | 'blob';
  /** The Idempotency-Key of a POST; by default a new one per call, i.e. per form submission. */
  idempotencyKey?: string;
}

export interface ApiClientOptions {
  session: SessionStore;
  /** Prefix of every API path. Default `/api` (same origin as the web app). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called once when the session can no longer be renewed and has been cleared. */
  onSessionExpired?: () => void;
  /** Renew the access token this long before it expires. Default 60 s. */
  refreshLeadMs?: number;
  now?: () => number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const SESSION_ENDED: ApiErrorBody = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Your session has ended. Please sign in again.',
  code: ERROR_CODES.AUTH_TOKEN_INVALID,
};

/**
 * The one way the web app talks to the API.
 *
 * Attaches the access token; on a 401 renews the session once with the refresh token and retries.
 * Renewals are single-flight: requests that fail together share one refresh call, which matters
 * because the server rotates refresh tokens and treats reuse of a spent one as theft. When the
 * session cannot be renewed it is cleared and `onSessionExpired` fires, which sends the user to
 * sign-in. The access token is also renewed shortly before it expires, so an active user rarely
 * meets a 401 at all.
 */
/** A fresh random key (a UUID where the browser has one). */
function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export class ApiClient {
  readonly session: SessionStore;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly onSessionExpired: () => void;
  private readonly refreshLeadMs: number;
  private readonly now: () => number;
  private refreshInFlight: Promise<boolean> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ApiClientOptions) {
    this.session = options.session;
    this.baseUrl = options.baseUrl ?? '/api';
    // Bound so the global fetch is not called with this client as `this`.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.onSessionExpired = options.onSessionExpired ?? (() => undefined);
    this.refreshLeadMs = options.refreshLeadMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  get<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.request<T>('GET', path, undefined, options);
  }

  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, body, options);
  }

  async request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    if (options.auth === false) {
      return this.parse<T>(await this.send(method, path, body, null, options.signal, options.contentType), options.as);
    }

    let token = this.session.getAccessToken();
    if (token === null || this.now() >= this.session.getAccessTokenExpiresAt()) {
      // After a reload only the refresh token is left; an expired access token is not worth sending.
      if (!(await this.refreshSession())) throw new ApiError(401, SESSION_ENDED);
      token = this.session.getAccessToken();
    }

    // One key per submission: a retry of this same call (after a token renewal) sends it again,
    // so a double submit or a repeat after a lost answer makes one record, not two.
    const idempotencyKey = method === 'POST' ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
    let response = await this.send(method, path, body, token, options.signal, options.contentType, idempotencyKey);
    if (response.status === 401) {
      // Another request may have renewed the session while this one was on the wire.
      const current = this.session.getAccessToken();
      const renewed = current !== null && current !== token ? true : await this.refreshSession();
      if (!renewed) throw new ApiError(401, SESSION_ENDED);
      response = await this.send(method, path, body, this.session.getAccessToken(), options.signal, options.contentType, idempotencyKey);
      if (response.status === 401) {
        // A fresh token refused: the account was deactivated or the session revoked.
        this.expire();
        throw new ApiError(401, SESSION_ENDED);
      }
    }
    return this.parse<T>(response, options.as);
  }

  /** Store a freshly issued token pair (after sign-in) and plan its renewal. */
  startSession(tokens: TokenPair): void {
    this.session.setTokens(tokens);
    this.scheduleRefresh(tokens.expiresIn * 1000);
  }

  /** Forget the session locally. */
  endSession(reason: SessionEndReason): void {
    this.cancelRefreshTimer();
    this.session.clear(reason);
  }

  /**
   * Renew the access token with the refresh token. Concurrent callers share one request.
   * Resolves false (after clearing the session) when the server refuses the refresh token;
   * rejects with a NetworkError or ApiError when the outcome is unknown, keeping the session.
   */
  refreshSession(): Promise<boolean> {
    this.refreshInFlight ??= this.doRefresh().finally(() => {
      this.refreshInFlight = null;
    });
    return this.refreshInFlight;
  }

  /** Stop the renewal timer (tests, hot reload). */
  dispose(): void {
    this.cancelRefreshTimer();
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.session.getRefreshToken();
    if (refreshToken === null) {
      this.expire();
      return false;
    }
    const response = await this.send('POST', '/auth/refresh', { refreshToken }, null);
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      this.expire();
      return false;
    }
    if (!response.ok) throw await this.toError(response);
    const tokens = (await response.json()) as TokenPair;
    this.startSession(tokens);
    return true;
  }

  private expire(): void {
    this.cancelRefreshTimer();
    if (!this.session.getSnapshot().active) return;
    this.session.clear('expired');
    this.onSessionExpired();
  }

  private scheduleRefresh(lifetimeMs: number): void {
    this.cancelRefreshTimer();
    // Never closer than half the lifetime, so a short-lived token cannot cause a refresh loop.
    const lead = Math.min(this.refreshLeadMs, lifetimeMs / 2);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      // A failed renewal here is not fatal: the next request retries it or ends the session.
      this.refreshSession().catch(() => undefined);
    }, lifetimeMs - lead);
  }

  private cancelRefreshTimer(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private async send(
    method: Method,
    path: string,
    body: unknown,
    accessToken: string | null,
    signal?: AbortSignal,
    contentType?: string,
    idempotencyKey?: string,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const raw = typeof body === 'string' && contentType !== undefined ? { body, contentType } : null;
    if (body !== undefined) headers['Content-Type'] = raw?.contentType ?? 'application/json';
    if (accessToken !== null) headers['Authorization'] = `Bearer ${accessToken}`;
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    try {
      return await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : (raw?.body ?? JSON.stringify(body)),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  }

  private async parse<T>(response: Response, as: RequestOptions['as'] = 'json'): Promise<T> {
    if (!response.ok) throw await this.toError(response);
    if (response.status === 204) return undefined as T;
    if (as === 'blob') return (await response.blob()) as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  private async toError(response: Response): Promise<ApiError> {
    let body: ApiErrorBody = {
      statusCode: response.status,
      error: response.statusText || 'Error',
      message: `The server answered ${response.status}.`,
    };
    try {
      const parsed: unknown = await response.json();
      if (isApiErrorBody(parsed)) body = parsed;
    } catch {
      // Not JSON (a proxy error page, say): keep the generic body.
    }
    return new ApiError(response.status, body, parseRetryAfter(response.headers.get('Retry-After'), this.now()));
  }
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).statusCode === 'number' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
