import type { TokenPair } from '@advising/contracts';
import { createInstitution, createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';

/** Structured JSON logs with a request id, and never a password or a token. */
describe('request logging (integration)', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(() => t.close());

  it('logs each request as JSON with its id, without secrets', async () => {
    const { users } = await createInstitution(t.db, 'Logs');
    const login = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: users.ADVISOR.email, password: TEST_PASSWORD }, headers: { 'x-request-id': 'trace-abc-123' } });
    expect(login.statusCode).toBe(200);
    expect(login.headers['x-request-id']).toBe('trace-abc-123');
    const { accessToken, refreshToken } = login.json<TokenPair>();
    await t.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });
    await t.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${accessToken}` } });

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const loginEntry = entries.find((e) => (e['req'] as { id?: string } | undefined)?.id === 'trace-abc-123' && e['res']);
    expect(loginEntry).toMatchObject({ level: 30, req: { method: 'POST', url: '/api/auth/login' }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
    const all = lines.join('\n');
    for (const secret of [TEST_PASSWORD, accessToken, refreshToken, accessToken.split('.')[2]]) expect(all).not.toContain(secret);
  });
});
