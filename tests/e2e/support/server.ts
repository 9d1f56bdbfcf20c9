import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const repoRoot = path.resolve(__dirname, '../../..');
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

const SERVER_ENTRY = path.join(repoRoot, 'apps/api/dist/main.js');
const WEB_DIST = path.join(repoRoot, 'apps/web/dist');
const WEB_INDEX = path.join(WEB_DIST, 'index.html');

/** Ask the OS for a port nobody is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

/** A database of its own on the server `serverUrl` points at; dropped by `drop()`. */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(serverUrl: string, prefix = 'e2e'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withClient(serverUrl, async (client) => {
        // Connections left over (a killed server) must not keep the database alive.
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      }),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  logFile: string;
  readyTimeoutMs: number;
}

/** Start the built API (which also serves the built web app) and wait until it is ready. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  for (const file of [SERVER_ENTRY, WEB_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(`End-to-end tests run against the built app, and ${path.relative(repoRoot, file)} is missing: run \`npm run build\` first.`);
    }
  }

  // Serve a snapshot of the web build, so a rebuild during the run cannot pull chunks from under the browser.
  const webDist = path.join(options.dataDir, 'web');
  cpSync(WEB_DIST, webDist, { recursive: true });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    WEB_DIST: webDist,
  };
  if (options.databaseUrl === undefined) delete env['DATABASE_URL'];
  else env['DATABASE_URL'] = options.databaseUrl;

  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = () => stopProcess(child).finally(() => log.end());
  try {
    await waitUntilReady(child, `${baseUrl}/api/health/ready`, options.readyTimeoutMs);
  } catch (error) {
    await stop();
    const tail = readTail(options.logFile, 40);
    throw new Error(`${(error as Error).message}\n--- last lines of ${path.relative(repoRoot, options.logFile)} ---\n${tail}`);
  }
  return { baseUrl, stop };
}

async function waitUntilReady(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `The server exited before it was ready (code ${String(code)}, signal ${String(signal)}).`;
  });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(exited);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server was not ready at ${url} within ${Math.round(timeoutMs / 1000)} s.`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function readTail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function makeTempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
