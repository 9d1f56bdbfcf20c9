import type { TokenPair } from '@advising/contracts';
import { auth, createAdvisingWorld, createTestApp, signInAll, TEST_PASSWORD, tokenFor, type AdvisingWorld, type TestApp } from '../../apps/api/test/test-app';

/** Finding 6: one-time passwords sign in once and force a new password; users change their own; weak passwords are refused. */
describe('passwords (security)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let adminToken: string;
  let address = 1;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Passwords');
    adminToken = (await signInAll(t, world)).ADMIN;
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: `192.0.2.${address++}` });
  const change = (token: string, currentPassword: string, newPassword: string) =>
    t.inject({ method: 'POST', url: '/api/auth/password', headers: auth(token), payload: { currentPassword, newPassword } });
  const createMentor = async (label: string): Promise<{ email: string; oneTimePassword: string }> => {
    const email = `${label}-${Date.now()}@test.edu`;
    const res = await t.inject({ method: 'POST', url: '/api/admin/users', headers: auth(adminToken), payload: { email, displayName: `Mentor ${label}`, role: 'MENTOR' } });
    expect(res.statusCode).toBe(201);
    return { email, oneTimePassword: res.json<{ oneTimePassword: string }>().oneTimePassword };
  };

  it('a one-time password signs in once, and only to set a new password', async () => {
    const { email, oneTimePassword } = await createMentor('otp');
    const first = await login(email, oneTimePassword);
    expect(first.statusCode).toBe(200);
    const pair = first.json<TokenPair>();
    expect(pair.passwordChangeRequired).toBe(true);
    const blocked = await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(pair.accessToken) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(pair.accessToken) })).json()).toMatchObject({ email, passwordChangeRequired: true });
    // The second sign-in with it fails like a wrong password.
    expect((await login(email, oneTimePassword)).statusCode).toBe(401);

    const weak = await change(pair.accessToken, oneTimePassword, 'password1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ details: [{ field: 'newPassword', message: expect.stringContaining('too easy to guess') }] });
    expect((await change(pair.accessToken, oneTimePassword, 'seven purple lanterns drifting east')).statusCode).toBe(204);

    expect((await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(pair.accessToken) })).statusCode).toBe(200);
    const again = await login(email, 'seven purple lanterns drifting east');
    expect(again.statusCode).toBe(200);
    expect(again.json()).not.toHaveProperty('passwordChangeRequired');
    expect((await login(email, oneTimePassword)).statusCode).toBe(401);
  });

  it('a password an admin resets is one-time too', async () => {
    const { email } = await createMentor('reset');
    const [row] = await t.db.query<{ id: string; version: number }[]>(`SELECT id, version FROM users WHERE email = $1`, [email]);
    const reset = await t.inject({ method: 'PATCH', url: `/api/admin/users/${row?.id}`, headers: auth(adminToken), payload: { version: row?.version, password: 'an admin chosen passphrase' } });
    expect(reset.statusCode).toBe(200);
    expect((await login(email, 'an admin chosen passphrase')).json()).toMatchObject({ passwordChangeRequired: true });
    expect((await login(email, 'an admin chosen passphrase')).statusCode).toBe(401);
  });

  it('a signed-in user changes their own password: current one required, every other session ends', async () => {
    const email = world.users.ADVISOR.email;
    const keep = await tokenFor(t, email);
    const other = await tokenFor(t, email);
    const wrong = await change(keep, 'not my password at all', 'amber falcons circle the quiet harbor');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ details: [{ field: 'currentPassword' }] });
    expect((await change(keep, TEST_PASSWORD, TEST_PASSWORD)).json()).toMatchObject({ details: [{ field: 'newPassword' }] });
    expect((await change(keep, TEST_PASSWORD, 'amber falcons circle the quiet harbor')).statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(keep) })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(other) })).statusCode).toBe(401);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(email, 'amber falcons circle the quiet harbor')).statusCode).toBe(200);
    const audit = await t.db.query<{ action: string }[]>(`SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'user.password_changed'`, [world.users.ADVISOR.id]);
    expect(audit).toHaveLength(1);
  });

  it('refuses common passwords wherever a password is set', async () => {
    const create = await t.inject({ method: 'POST', url: '/api/admin/users', headers: auth(adminToken), payload: { email: `weak-${Date.now()}@test.edu`, displayName: 'Weak Password', role: 'MENTOR', password: 'Password123!' } });
    expect(create.statusCode).toBe(400);
    expect(create.json()).toMatchObject({ details: [{ field: 'password', message: expect.stringContaining('too easy to guess') }] });
    const patch = await t.inject({ method: 'PATCH', url: `/api/admin/users/${world.users.MENTOR.id}`, headers: auth(adminToken), payload: { version: 1, password: 'qwertyuiop123' } });
    expect(patch.statusCode).toBe(400);
  });
});
