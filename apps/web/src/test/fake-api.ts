import {
  type ApiErrorBody,
  type CurrentUser,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ERROR_CODES,
  type LoginRequest,
  type Role,
  ROLES,
  type TokenPair,
} from '@advising/contracts';

export interface RecordedCall {
  method: string;
  path: string;
  authorization: string | null;
  idempotencyKey: string | null;
  body: unknown;
}

/** A deferred promise: lets a test hold a response back and release it when it wants. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function apiError(status: number, message: string, code?: string, details?: ApiErrorBody['details']): Response {
  const body: ApiErrorBody = { statusCode: status, error: 'Error', message, code, details };
  return json(status, body);
}

export function demoUser(role: Role): CurrentUser {
  return {
    id: `user-${role.toLowerCase()}`,
    email: DEMO_ACCOUNTS[role].email,
    displayName: DEMO_ACCOUNTS[role].displayName,
    role,
    institution: { id: 'inst-1', name: 'Demo School of Medicine' },
  };
}

/**
 * An in-memory stand-in for the auth API, faithful where the client depends on it: access tokens
 * can be revoked, refresh tokens rotate and a spent one is refused.
 */
export class FakeAuthApi {
  readonly calls: RecordedCall[] = [];
  private counter = 0;
  private readonly accessTokens = new Map<string, Role>();
  private readonly refreshTokens = new Map<string, Role>();
  /** Hold `/auth/refresh` answers until released (to test concurrency). */
  refreshGate: Promise<void> | null = null;
  /** Replace the answer to one path (e.g. make login fail). */
  readonly overrides = new Map<string, (call: RecordedCall) => Response | Promise<Response>>();

  /** Issue a token pair as if `role` had signed in. */
  issue(role: Role, expiresIn = 900): TokenPair {
    this.counter += 1;
    const pair: TokenPair = {
      accessToken: `access-${role}-${this.counter}`,
      refreshToken: `refresh-${role}-${this.counter}`,
      expiresIn,
      tokenType: 'Bearer',
    };
    this.accessTokens.set(pair.accessToken, role);
    this.refreshTokens.set(pair.refreshToken, role);
    return pair;
  }

  /** Make every access token issued so far fail, as after 15 minutes. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  callsTo(path: string): RecordedCall[] {
    return this.calls.filter((call) => call.path === path);
  }

  fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      path: url.replace(/^\/api/, ''),
      authorization: headers.get('Authorization'),
      idempotencyKey: headers.get('Idempotency-Key'),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    this.calls.push(call);
    const override = this.overrides.get(call.path);
    if (override !== undefined) return override(call);
    return this.handle(call);
  };

  private async handle(call: RecordedCall): Promise<Response> {
    switch (call.path) {
      case '/auth/login': {
        const { email, password } = call.body as LoginRequest;
        const role = ROLES.find((r) => DEMO_ACCOUNTS[r].email === email);
        if (role === undefined || password !== DEMO_PASSWORD) {
          return apiError(401, 'Email or password is incorrect.', ERROR_CODES.AUTH_INVALID_CREDENTIALS);
        }
        return json(200, this.issue(role));
      }
      case '/auth/refresh': {
        if (this.refreshGate !== null) await this.refreshGate;
        const { refreshToken } = call.body as { refreshToken: string };
        const role = this.refreshTokens.get(refreshToken);
        if (role === undefined) return apiError(401, 'Refresh token is invalid.', ERROR_CODES.AUTH_REFRESH_INVALID);
        this.refreshTokens.delete(refreshToken);
        return json(200, this.issue(role));
      }
      case '/auth/logout': {
        const { refreshToken } = call.body as { refreshToken: string };
        this.refreshTokens.delete(refreshToken);
        return json(204, null);
      }
      default: {
        const role = this.authorise(call);
        if (role === null) return apiError(401, 'Unauthorized', ERROR_CODES.AUTH_TOKEN_INVALID);
        if (call.path === '/auth/me') return json(200, demoUser(role));
        if (call.path === '/ping') return json(200, { ok: true, role });
        return apiError(404, 'Not found', ERROR_CODES.NOT_FOUND);
      }
    }
  }

  private authorise(call: RecordedCall): Role | null {
    const token = call.authorization?.replace(/^Bearer /, '') ?? '';
    return this.accessTokens.get(token) ?? null;
  }
}
