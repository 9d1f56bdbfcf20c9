import { createHmac } from 'node:crypto';
import type { TokenPair } from '@advising/contracts';
import { ACCESS_TOKEN_TTL_SECONDS } from '@advising/contracts';
import { createInstitution, createTestApp, TEST_JWT_SECRET, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { UsersService } from '../users/users.service';
import { JWT_AUDIENCE, JWT_ISSUER } from './auth.constants';
import { ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY_SECONDS, MAX_ATTEMPTS_PER_PAIR, MAX_FAILURES_PER_ADDRESS } from './login-throttle.service';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
function signHs256(payload: Record<string, unknown>, secret = TEST_JWT_SECRET, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('auth (integration)', () => {
  let t: TestApp;
  let emails: Record<'ADMIN' | 'ADVISOR' | 'MENTOR' | 'STUDENT', string>;
  let ids: Record<'ADMIN' | 'ADVISOR' | 'MENTOR' | 'STUDENT', string>;
  let institutionId: string;
  let address = 1;
  /** A distinct client address per test, so address throttling of one test never leaks into another. */
  const nextAddress = (): string => `10.0.${Math.floor(address / 250)}.${(address++ % 250) + 1}`;

  beforeAll(async () => {
    t = await createTestApp();
    const { institution, users } = await createInstitution(t.db, 'Auth');
    institutionId = institution.id;
    emails = { ADMIN: users.ADMIN.email, ADVISOR: users.ADVISOR.email, MENTOR: users.MENTOR.email, STUDENT: users.STUDENT.email };
    ids = { ADMIN: users.ADMIN.id, ADVISOR: users.ADVISOR.id, MENTOR: users.MENTOR.id, STUDENT: users.STUDENT.id };
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, remoteAddress = nextAddress()) =>
    t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
  const me = (token: string) => t.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
  const refresh = (refreshToken: string) => t.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
  const signIn = async (email: string): Promise<TokenPair> => {
    const res = await login(email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    return res.json<TokenPair>();
  };

  it('signs in and returns a 15-minute access token with pinned algorithm, issuer and audience', async () => {
    const pair = await signIn(emails.ADVISOR);
    expect(pair.tokenType).toBe('Bearer');
    expect(pair.expiresIn).toBe(ACCESS_TOKEN_TTL_SECONDS);
    const [header, payload] = pair.accessToken.split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>);
    expect(header['alg']).toBe('HS256');
    expect(payload['iss']).toBe(JWT_ISSUER);
    expect(payload['aud']).toBe(JWT_AUDIENCE);
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(15 * 60);
    const res = await me(pair.accessToken);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: emails.ADVISOR, role: 'ADVISOR', institution: { id: institutionId } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login(emails.STUDENT.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail with the same 401', async () => {
    const wrong = await login(emails.MENTOR, 'not the right password');
    const unknown = await login('nobody-here@test.edu', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({ statusCode: 401, error: 'Unauthorized', code: 'AUTH_INVALID_CREDENTIALS', message: 'Email or password is incorrect.' });
  });

  it('rejects malformed bodies with 400 and the fields at fault', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email', password: 42, admin: true } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; details: { field: string; message: string }[] }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = body.details.map((d) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['admin', 'email', 'password']));
    const junk = await t.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(junk.statusCode).toBe(400);
    expect(junk.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('rotates the refresh token; the old one no longer works', async () => {
    const first = await signIn(emails.STUDENT);
    const res = await refresh(first.refreshToken);
    expect(res.statusCode).toBe(200);
    const second = res.json<TokenPair>();
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).statusCode).toBe(200);
    const third = await refresh(second.refreshToken);
    expect(third.statusCode).toBe(200);
  });

  it('revokes the whole family when a rotated refresh token is reused', async () => {
    const first = await signIn(emails.STUDENT);
    const second = (await refresh(first.refreshToken)).json<TokenPair>();
    const reuse = await refresh(first.refreshToken);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toMatchObject({ code: 'AUTH_REFRESH_INVALID' });
    // Everything issued in that session is dead: the newest refresh token and the access token.
    expect((await refresh(second.refreshToken)).statusCode).toBe(401);
    expect((await me(second.accessToken)).statusCode).toBe(401);
  });

  it('logout makes the access and refresh tokens fail at once', async () => {
    const pair = await signIn(emails.ADMIN);
    const out = await t.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${pair.accessToken}` }, payload: {} });
    expect(out.statusCode).toBe(204);
    expect((await me(pair.accessToken)).statusCode).toBe(401);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(401);
  });

  it('refuses missing, expired, forged and alg:none tokens', async () => {
    const noToken = await t.inject({ method: 'GET', url: '/api/auth/me' });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json()).toMatchObject({ code: 'AUTH_TOKEN_INVALID' });

    const pair = await signIn(emails.ADVISOR);
    const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const expired = signHs256({ ...claims, iat: now - 3600, exp: now - 60 });
    expect((await me(expired)).statusCode).toBe(401);
    const forged = signHs256({ ...claims, role: 'ADMIN' }, 'some-other-secret-some-other-secret-123');
    expect((await me(forged)).statusCode).toBe(401);
    const wrongAudience = signHs256({ ...claims, aud: 'someone-else' });
    expect((await me(wrongAudience)).statusCode).toBe(401);
    const wrongIssuer = signHs256({ ...claims, iss: 'someone-else' });
    expect((await me(wrongIssuer)).statusCode).toBe(401);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    expect((await me(none)).statusCode).toBe(401);
    // The genuine token still works: the refusals above were for the right reasons.
    expect((await me(pair.accessToken)).statusCode).toBe(200);
    expect((await me(signHs256(claims))).statusCode).toBe(200);
  });

  it("a deactivated user's existing tokens fail at once, and they cannot sign in", async () => {
    const pair = await signIn(emails.MENTOR);
    await t.app.get(UsersService).deactivate(institutionId, ids.MENTOR);
    expect((await me(pair.accessToken)).statusCode).toBe(401);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(401);
    expect((await login(emails.MENTOR, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('throttles an account and address pair with 429 after the limit, even for the right password, and unknown accounts alike', async () => {
    const { users } = await createInstitution(t.db, 'Throttle');
    const ip = nextAddress();
    for (let i = 0; i < MAX_ATTEMPTS_PER_PAIR; i++) expect((await login(users.STUDENT.email, 'wrong password!', ip)).statusCode).toBe(401);
    const blocked = await login(users.STUDENT.email, TEST_PASSWORD, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'AUTH_THROTTLED' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < MAX_ATTEMPTS_PER_PAIR; i++) await login('ghost@test.edu', 'wrong password!', ip);
    expect((await login('ghost@test.edu', 'wrong password!', ip)).statusCode).toBe(429);
    // Another account from the same address is unaffected.
    expect((await login(users.ADVISOR.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('slows an account guessed at from many addresses with a growing delay, without locking its owner out', async () => {
    const { users } = await createInstitution(t.db, 'Delay');
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect((await login(users.STUDENT.email, 'wrong password!')).statusCode).toBe(401);
    const slowed = await login(users.STUDENT.email, TEST_PASSWORD);
    expect(slowed.statusCode).toBe(429);
    const wait = Number(slowed.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_SECONDS);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
    expect((await login(users.STUDENT.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('throttles repeated failures per client address', async () => {
    const { users } = await createInstitution(t.db, 'Address');
    const ip = '192.0.2.77';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await login(`spray-${i}@test.edu`, 'wrong password!', ip);
    expect((await login(users.ADVISOR.email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await login(users.ADVISOR.email, TEST_PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });
});
