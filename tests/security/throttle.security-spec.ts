import { ACCOUNT_FREE_FAILURES, MAX_ATTEMPTS_PER_PAIR } from '../../apps/api/src/modules/auth/login-throttle.service';
import { PasswordService } from '../../apps/api/src/modules/auth/password.service';
import { createInstitution, createTestApp, TEST_PASSWORD, type TestApp } from '../../apps/api/test/test-app';

/** Finding 4: a burst of wrong passwords never gets more tries than the limit, and cannot lock the owner out. */
describe('sign-in throttle under a burst (security)', () => {
  let t: TestApp;
  let tried: jest.SpyInstance;
  let triedUnknown: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp();
    const passwords = t.app.get(PasswordService);
    tried = jest.spyOn(passwords, 'verify');
    triedUnknown = jest.spyOn(passwords, 'verifyAgainstDummy');
  });
  afterAll(() => t.close());
  beforeEach(() => {
    tried.mockClear();
    triedUnknown.mockClear();
  });

  const login = (email: string, password: string, remoteAddress: string) => t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
  const burst = (email: string, address: (i: number) => string) => Promise.all(Array.from({ length: 50 }, (_, i) => login(email, `wrong password ${i}`, address(i))));

  it('tries at most the pair limit of 50 parallel wrong passwords from one address', async () => {
    const { users } = await createInstitution(t.db, 'Burst');
    const answers = await burst(users.STUDENT.email, () => '192.0.2.10');
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_ATTEMPTS_PER_PAIR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - MAX_ATTEMPTS_PER_PAIR);
    expect(tried.mock.calls.length).toBe(MAX_ATTEMPTS_PER_PAIR);
    // The owner, from their own address, is at most slowed down, not locked out.
    const first = await login(users.STUDENT.email, TEST_PASSWORD, '198.51.100.200');
    if (first.statusCode === 429) {
      await new Promise((resolve) => setTimeout(resolve, Number(first.headers['retry-after']) * 1000 + 50));
      expect((await login(users.STUDENT.email, TEST_PASSWORD, '198.51.100.200')).statusCode).toBe(200);
    } else {
      expect(first.statusCode).toBe(200);
    }
  });

  it('tries at most the account limit of 50 parallel wrong passwords from 50 addresses, then only slows the owner down', async () => {
    const { users } = await createInstitution(t.db, 'Spread');
    const answers = await burst(users.MENTOR.email, (i) => `203.0.113.${i + 1}`);
    expect(answers.filter((a) => a.statusCode === 401).length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(answers.every((a) => a.statusCode === 401 || a.statusCode === 429)).toBe(true);
    expect(tried.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    const waits = answers.filter((a) => a.statusCode === 429).map((a) => Number(a.headers['retry-after']));
    await new Promise((resolve) => setTimeout(resolve, Math.max(...waits) * 1000 + 50));
    expect((await login(users.MENTOR.email, TEST_PASSWORD, '198.51.100.201')).statusCode).toBe(200);
  });

  it('counts unknown accounts the same way', async () => {
    const answers = await burst('nobody-at-all@test.edu', () => '192.0.2.11');
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(MAX_ATTEMPTS_PER_PAIR);
    expect(triedUnknown.mock.calls.length).toBe(MAX_ATTEMPTS_PER_PAIR);
  });
});
