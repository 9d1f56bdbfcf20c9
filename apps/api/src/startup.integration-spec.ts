import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspaceRoot } from './config/workspace-root';

/** Start-up refuses bad configuration with one clear line and a non-zero exit, never a stack trace. */
describe('start-up configuration (integration)', () => {
  const root = workspaceRoot();
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'startup-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function start(env: Record<string, string>): { status: number | null; stderr: string } {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/main.ts')], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', TSX_TSCONFIG_PATH: join(root, 'apps/api/tsconfig.json'), DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: result.status, stderr: result.stderr.trim() };
  }

  it.each([
    [{ PORT: 'eighty' }, 'Configuration error: PORT must be a port number.'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'Configuration error: DATABASE_URL must be a postgres:// URL.'],
    [{ NODE_ENV: 'production' }, 'Configuration error: JWT_SECRET is required when NODE_ENV=production (at least 32 characters).'],
    [{ LOG_LEVEL: 'loud' }, 'Configuration error: LOG_LEVEL must be a pino level (fatal, error, warn, info, debug, trace, silent).'],
    [{ TRUST_PROXY: 'true' }, 'Configuration error: TRUST_PROXY must name the proxy (its address, e.g. 127.0.0.1, or the number of proxies in front, e.g. 1), never "true": that would let any client choose its own address.'],
  ])('refuses %p', (env, line) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr).toBe(line);
  });

  it('names an unreachable DATABASE_URL without its password', () => {
    const { status, stderr } = start({ DATABASE_URL: 'postgres://app:s3cret@127.0.0.1:1/nowhere' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Configuration error: DATABASE_URL cannot be reached \(postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/nowhere\)/);
    expect(stderr).not.toContain('s3cret');
  });

  it('a second process on the same DATA_DIR is refused with one line while the first runs on the embedded database', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'startup-shared-'));
    // SWC (as `npm run dev:api` does): the whole app needs decorator metadata, which tsx does not emit.
    const env = { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: join(root, 'apps/api/tsconfig.json'), DATA_DIR: shared, LOG_LEVEL: 'silent', PORT: '0', SEED_DEMO: 'false' };
    const args = ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')];
    const first = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`the first process did not start: ${out}`)), 45_000);
        first.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('is running at')) {
            clearTimeout(timer);
            resolve();
          }
        });
        first.once('exit', () => reject(new Error(`the first process exited: ${out}`)));
      });
      const second = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
      expect(second.status).toBe(1);
      const errors = second.stderr.trim().split('\n');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^The embedded database in .* is in use by another running process \(\d+\): stop it first, or set DATA_DIR to another directory\.$/);
    } finally {
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGTERM');
      await exited;
      rmSync(shared, { recursive: true, force: true });
    }
  }, 90_000);
});
