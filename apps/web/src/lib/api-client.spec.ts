import { ERROR_CODES } from '@advising/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, deferred, FakeAuthApi } from '../test/fake-api';
import { ApiClient, ApiError, NetworkError } from './api-client';
import { SessionStore, type TokenStorage } from './session-store';

function memoryStorage(initial: Record<string, string> = {}): TokenStorage {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

function setup(options: { storage?: TokenStorage; signedInAs?: 'ADVISOR' | 'STUDENT' } = {}) {
  const api = new FakeAuthApi();
  const session = new SessionStore(options.storage ?? memoryStorage());
  const onSessionExpired = vi.fn();
  const client = new ApiClient({ session, fetch: api.fetch, onSessionExpired });
  clients.push(client);
  if (options.signedInAs !== undefined) client.startSession(api.issue(options.signedInAs));
  return { api, session, client, onSessionExpired };
}

const clients: ApiClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  vi.useRealTimers();
});

describe('ApiClient', () => {
  it('sends the access token as a bearer token', async () => {
    const { api, client, session } = setup({ signedInAs: 'ADVISOR' });

    await expect(client.get('/ping')).resolves.toEqual({ ok: true, role: 'ADVISOR' });

    expect(api.callsTo('/ping')[0].authorization).toBe(`Bearer ${session.getAccessToken()}`);
  });

  it('does not send a token on public calls', async () => {
    const { api, client } = setup({ signedInAs: 'ADVISOR' });

    await client.post('/auth/login', { email: 'x@y.z', password: 'nope' }, { auth: false }).catch(() => undefined);

    expect(api.callsTo('/auth/login')[0].authorization).toBeNull();
  });

  it('on a 401 refreshes the session once and retries with the new token', async () => {
    const { api, client, session, onSessionExpired } = setup({ signedInAs: 'ADVISOR' });
    const oldRefreshToken = session.getRefreshToken();
    api.expireAccessTokens();

    await expect(client.get('/ping')).resolves.toEqual({ ok: true, role: 'ADVISOR' });

    const pings = api.callsTo('/ping');
    expect(pings).toHaveLength(2);
    expect(pings[1].authorization).toBe(`Bearer ${session.getAccessToken()}`);
    expect(pings[1].authorization).not.toBe(pings[0].authorization);
    expect(api.callsTo('/auth/refresh')).toHaveLength(1);
    expect(api.callsTo('/auth/refresh')[0].body).toEqual({ refreshToken: oldRefreshToken });
    expect(session.getRefreshToken()).not.toBe(oldRefreshToken);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('sends a new Idempotency-Key with each POST (one per form submission) and the same one when it retries after a renewal', async () => {
    const { api, client } = setup({ signedInAs: 'ADVISOR' });

    await client.post('/ping', { a: 1 });
    await client.post('/ping', { a: 1 });
    await client.get('/ping');
    api.expireAccessTokens();
    await client.post('/ping', { a: 2 });
    await client.post('/ping', { a: 3 }, { idempotencyKey: 'given-key' });

    const keys = api.callsTo('/ping').map((call) => call.idempotencyKey);
    expect(keys[0]).toMatch(/^[\w-]{16,}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBeNull();
    // The POST refused with 401 and its retry after the renewal: one submission, one key.
    expect(keys[3]).toMatch(/^[\w-]{16,}$/);
    expect(keys[4]).toBe(keys[3]);
    expect(keys[5]).toBe('given-key');
  });

  it('shares one refresh between concurrent 401s (single flight)', async () => {
    const { api, client } = setup({ signedInAs: 'ADVISOR' });
    api.expireAccessTokens();
    const gate = deferred();
    api.refreshGate = gate.promise;

    const requests = [client.get('/ping'), client.get('/ping'), client.get('/auth/me')];
    // Let all three fail with 401 and queue behind the one refresh.
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path !== '/auth/refresh')).toHaveLength(3));
    gate.resolve();
    const results = await Promise.all(requests);

    expect(api.callsTo('/auth/refresh')).toHaveLength(1);
    expect(results[0]).toEqual({ ok: true, role: 'ADVISOR' });
    expect(results[2]).toMatchObject({ role: 'ADVISOR' });
    // Every retry carried the one new token.
    const retries = api.calls.slice(-3);
    expect(new Set(retries.map((c) => c.authorization)).size).toBe(1);
  });

  it('retries without refreshing again when another request already renewed the token', async () => {
    const { api, client } = setup({ signedInAs: 'ADVISOR' });
    api.expireAccessTokens();
    const slowFirstAnswer = deferred<Response>();
    let held = false;
    api.overrides.set('/ping', (call) => {
      if (!held) {
        held = true;
        return slowFirstAnswer.promise;
      }
      api.overrides.delete('/ping');
      return api.fetch(`/api${call.path}`, { headers: { Authorization: call.authorization ?? '' } });
    });

    const slow = client.get('/ping');
    await client.get('/auth/me'); // 401, refresh, retry: the session is renewed
    slowFirstAnswer.resolve(apiError(401, 'Unauthorized')); // the first request's stale token now fails

    await expect(slow).resolves.toEqual({ ok: true, role: 'ADVISOR' });
    expect(api.callsTo('/auth/refresh')).toHaveLength(1);
  });

  it('clears the session and reports it once when the refresh is refused', async () => {
    const { api, client, session, onSessionExpired } = setup({ signedInAs: 'STUDENT' });
    api.expireAccessTokens();
    api.revokeRefreshTokens();

    const results = await Promise.allSettled([client.get('/ping'), client.get('/auth/me')]);

    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as ApiError;
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason.status).toBe(401);
    }
    expect(api.callsTo('/auth/refresh')).toHaveLength(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot()).toEqual({ active: false, endReason: 'expired' });
    expect(session.getAccessToken()).toBeNull();
    expect(session.getRefreshToken()).toBeNull();
  });

  it('ends the session when even a fresh token is refused (deactivated account)', async () => {
    const { api, client, session, onSessionExpired } = setup({ signedInAs: 'STUDENT' });
    api.overrides.set('/ping', () => apiError(401, 'Unauthorized', ERROR_CODES.AUTH_TOKEN_INVALID));

    await expect(client.get('/ping')).rejects.toMatchObject({ status: 401 });

    expect(api.callsTo('/ping')).toHaveLength(2);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot().active).toBe(false);
  });

  it('after a reload, renews the session from the stored refresh token before the first call', async () => {
    const api = new FakeAuthApi();
    const { refreshToken } = api.issue('ADVISOR');
    const session = new SessionStore(memoryStorage({ 'match-compass.refresh-token': refreshToken }));
    const client = new ApiClient({ session, fetch: api.fetch });
    clients.push(client);

    expect(session.getSnapshot().active).toBe(true);
    await expect(client.get('/auth/me')).resolves.toMatchObject({ role: 'ADVISOR' });

    expect(api.calls.map((c) => c.path)).toEqual(['/auth/refresh', '/auth/me']);
  });

  it('renews the access token shortly before it expires', async () => {
    vi.useFakeTimers();
    const { api, client, session } = setup({ signedInAs: 'ADVISOR' });
    const firstToken = session.getAccessToken();

    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(api.callsTo('/auth/refresh')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(60_000 + 1_000);
    expect(api.callsTo('/auth/refresh')).toHaveLength(1);
    expect(session.getAccessToken()).not.toBe(firstToken);
    await expect(client.get('/ping')).resolves.toEqual({ ok: true, role: 'ADVISOR' });
    expect(api.callsTo('/ping')).toHaveLength(1);
  });

  it('keeps the session when the server cannot be reached', async () => {
    const { api, client, session } = setup({ signedInAs: 'ADVISOR' });
    api.overrides.set('/ping', () => Promise.reject(new TypeError('Failed to fetch')));

    await expect(client.get('/ping')).rejects.toBeInstanceOf(NetworkError);

    expect(session.getSnapshot().active).toBe(true);
  });

  it('turns an error answer into an ApiError with code, details and Retry-After', async () => {
    const { api, client } = setup();
    api.overrides.set(
      '/auth/login',
      () =>
        new Response(
          JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Slow down.', code: ERROR_CODES.AUTH_THROTTLED }),
          { status: 429, headers: { 'Retry-After': '120' } },
        ),
    );

    const error = (await client.post('/auth/login', {}, { auth: false }).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.code).toBe(ERROR_CODES.AUTH_THROTTLED);
    expect(error.retryAfterSeconds).toBe(120);
  });
});
