import type { TokenPair } from '@advising/contracts';
import { redactUrl } from '../../apps/api/src/common/http/log-serializers';
import { auth, createAdvisingWorld, createTestApp, signInAll, TEST_PASSWORD, type AdvisingWorld, type TestApp } from '../../apps/api/test/test-app';

/** Finding 5: no hash, token, password or record text in the logs, whatever fails. */
describe('log redaction (security)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  const lines: string[] = [];
  const MARK = 'BLOCKED-BY-TEST';

  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => void lines.push(line) } });
    world = await createAdvisingWorld(t, 'Logs');
    // Make some writes fail inside PostgreSQL, as a real constraint violation would.
    await t.db.query(`ALTER TABLE advisor_notes ADD CONSTRAINT test_block_notes CHECK (position('${MARK}' in body) = 0) NOT VALID`);
    await t.db.query(`ALTER TABLE users ADD CONSTRAINT test_block_users CHECK (position('${MARK}' in display_name) = 0) NOT VALID`);
  });
  afterAll(async () => {
    await t.db.query('ALTER TABLE advisor_notes DROP CONSTRAINT IF EXISTS test_block_notes');
    await t.db.query('ALTER TABLE users DROP CONSTRAINT IF EXISTS test_block_users');
    await t.close();
  });

  it('logs a failed database write by code and constraint only: no hash, no password, no record text', async () => {
    const tokens = await signInAll(t, world);
    lines.length = 0;
    const noteText = `Confidential advising note about family matters ${MARK}`;
    const note = await t.inject({ method: 'POST', url: `/api/students/${world.users.STUDENT.id}/notes`, headers: auth(tokens.ADVISOR), payload: { body: noteText } });
    expect(note.statusCode).toBe(500);
    expect(note.body).not.toContain('family matters');
    const password = 'Very-Secret-Passphrase-For-Logs-9';
    const user = await t.inject({ method: 'POST', url: '/api/admin/users', headers: auth(tokens.ADMIN), payload: { email: 'log-victim@test.edu', displayName: `Log Victim ${MARK}`, role: 'MENTOR', password } });
    expect(user.statusCode).toBe(500);

    const log = lines.join('\n');
    const errors = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e['err']);
    expect(errors.map((e) => e['err'])).toEqual(
      expect.arrayContaining([
        { type: 'DatabaseError', code: '23514', constraint: 'test_block_notes' },
        { type: 'DatabaseError', code: '23514', constraint: 'test_block_users' },
      ]),
    );
    for (const secret of ['family matters', MARK, password, '$argon2', 'log-victim@test.edu', 'INSERT INTO', 'Failing row']) expect(log).not.toContain(secret);
  });

  it('redacts every token-like query parameter and never logs passwords or tokens', async () => {
    lines.length = 0;
    const login = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: world.users.ADVISOR.email, password: TEST_PASSWORD } });
    const { accessToken, refreshToken } = login.json<TokenPair>();
    await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: world.users.ADVISOR.email, password: 'a wrong password that must not be logged' } });
    await t.inject({ method: 'GET', url: `/api/auth/me?access_token=${accessToken}&refresh_token=${refreshToken}&api_key=k-123456&view=full`, headers: auth(accessToken) });
    await t.inject({ method: 'GET', url: `/api/health/ready?token=${accessToken}` });
    await t.inject({ method: 'GET', url: `/api/students?q=x&id_token=${accessToken}`, headers: auth(accessToken) });
    const log = lines.join('\n');
    expect(log).toContain('access_token=[redacted]');
    expect(log).toContain('view=full');
    for (const secret of [TEST_PASSWORD, 'a wrong password', accessToken, accessToken.split('.')[2], refreshToken, 'k-123456']) expect(log).not.toContain(secret);
  });

  it('redacts by parameter name, encoded or not', () => {
    expect(redactUrl('/api/x?Access%5FToken=abc&page=2&password=p&sig=s')).toBe('/api/x?Access%5FToken=[redacted]&page=2&password=[redacted]&sig=[redacted]');
    expect(redactUrl('/api/x')).toBe('/api/x');
  });
});
