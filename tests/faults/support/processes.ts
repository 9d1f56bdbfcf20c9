import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../e2e/support/server';

export { freePort } from '../../e2e/support/server';

export const repoRoot = path.resolve(__dirname, '../../..');
const SERVER_ENTRY = path.join(repoRoot, 'apps/api/dist/main.js');

/** Fixed for the whole run, so that tokens stay valid across restarts and across processes. */
export const JWT_SECRET = 'fault-suite-signing-secret-0123456789abcdef';
/** How long a process may take to become ready on a busy 2-core machine: generous on purpose. */
export const READY_TIMEOUT_MS = 90_000;
/** The shutdown bound the API is started with (SHUTDOWN_TIMEOUT_MS). */
export const SHUTDOWN_TIMEOUT_MS = 10_000;

export function assertBuilt(): void {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`The fault suite runs the built API and ${path.relative(repoRoot, SERVER_ENTRY)} is missing: run \`npm run build\` first.`);
}

/** A temporary directory the PostgreSQL system account can traverse (the server runs as `postgres` under root). */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o711);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ApiOptions {
  label: string;
  port: number;
  dataDir: string;
  /** Unset: the API runs its own embedded PostgreSQL in DATA_DIR (the default of `npm start`). */
  databaseUrl?: string;
  seedDemo: boolean;
  logFile: string;
}

/**
 * One API process (the built apps/api/dist/main.js). Knows whether its end was asked for:
 * an exit nobody asked for is a crash.
 */
export class ApiProcess {
  readonly baseUrl: string;
  private child: ChildProcess | null = null;
  private expectedExit = false;
  exit: { code: number | null; signal: NodeJS.Signals | null; at: number; expected: boolean } | null = null;
  readonly crashes: string[] = [];

  constructor(readonly options: ApiOptions) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.exit === null;
  }

  /** Spawns the process (again, after a kill: same port, same DATA_DIR, same database). */
  spawn(): number {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(this.options.port),
      DATA_DIR: this.options.dataDir,
      JWT_SECRET,
      SEED_DEMO: String(this.options.seedDemo),
      LOG_LEVEL: 'warn',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    };
    if (this.options.databaseUrl === undefined) delete env['DATABASE_URL'];
    else env['DATABASE_URL'] = this.options.databaseUrl;
    const log = createWriteStream(this.options.logFile, { flags: 'a' });
    log.write(`\n--- ${new Date().toISOString()} start ${this.options.label}\n`);
    const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    this.child = child;
    this.exit = null;
    this.expectedExit = false;
    child.once('exit', (code, signal) => {
      this.exit = { code, signal, at: Date.now(), expected: this.expectedExit };
      if (!this.expectedExit) {
        // A signal the suite did not send (another process's clean-up, an OOM kill) is still a process gone: say which.
        const how = signal ? `killed by ${signal}, not sent by the suite` : code === 0 ? 'stopped with code 0 though the suite did not stop it (a signal from outside?)' : `exited with code ${String(code)}`;
        this.crashes.push(`${this.options.label} (pid ${String(child.pid)}) ${how}; see ${this.options.logFile}`);
      }
      log.end(`--- ${new Date().toISOString()} exit code ${String(code)} signal ${String(signal)}\n`);
    });
    return Date.now();
  }

  /** Waits for /api/health/ready to answer 200; the time it became ready. */
  async waitReady(timeoutMs = READY_TIMEOUT_MS): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exit) throw new Error(`${this.options.label} exited before it was ready (code ${String(this.exit.code)}).\n${this.tail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/health/ready`, { signal: AbortSignal.timeout(3_000) });
        if (response.ok) return Date.now();
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.options.label} was not ready within ${timeoutMs / 1000} s.\n${this.tail()}`);
  }

  /** kill -9: no shutdown at all. Resolves once the process is gone. */
  async kill9(): Promise<void> {
    if (!this.running) return;
    this.expectedExit = true;
    const gone = this.waitExit();
    this.child?.kill('SIGKILL');
    await gone;
  }

  /** SIGTERM; resolves with how long the process took to exit (SIGKILL after `forceAfterMs`). */
  async terminate(forceAfterMs = SHUTDOWN_TIMEOUT_MS + 20_000): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null; forced: boolean }> {
    const started = Date.now();
    if (!this.running) return { ms: 0, code: this.exit?.code ?? null, signal: this.exit?.signal ?? null, forced: false };
    this.expectedExit = true;
    const gone = this.waitExit();
    this.child?.kill('SIGTERM');
    let forced = false;
    const force = setTimeout(() => {
      forced = true;
      this.child?.kill('SIGKILL');
    }, forceAfterMs);
    await gone;
    clearTimeout(force);
    return { ms: (this.exit?.at ?? Date.now()) - started, code: this.exit?.code ?? null, signal: this.exit?.signal ?? null, forced };
  }

  private waitExit(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.child?.once('exit', () => setImmediate(resolve)));
  }

  tail(lines = 30): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}

/** A database of its own on a server (DATABASE_URL's, or the suite's embedded one); dropped afterwards. */
export type CaseDatabase = TestDatabase;

export const createDatabase = (serverUrl: string, prefix: string): Promise<CaseDatabase> => createTestDatabase(serverUrl, prefix);

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'fault-suite' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
