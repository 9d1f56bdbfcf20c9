import { spawnSync } from 'node:child_process';
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
});
