import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ConfigError, type AppConfig } from '../config/config';
import { isAlive, runningServer, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Where the embedded cluster lives inside DATA_DIR. */
export const clusterDirOf = (dataDir: string): string => join(dataDir, 'postgres');
const ownerFileOf = (dataDir: string): string => join(dataDir, 'postgres.owner');

/**
 * The PostgreSQL this process uses: DATABASE_URL's server (checked reachable), or the embedded
 * server in DATA_DIR, started here and stopped with the process. `shareRunning` (the database
 * commands) uses the embedded server of a running app instead of refusing.
 */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, options: { shareRunning?: boolean } = {}): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  }
  const clusterDir = clusterDirOf(config.dataDir);
  if (existsSync(join(config.dataDir, 'pg'))) {
    throw new ConfigError(
      `${join(config.dataDir, 'pg')} holds data of an earlier embedded database that is no longer used: delete ${config.dataDir} to start over (the demo data is loaded again).`,
    );
  }
  const running = runningServer(clusterDir);
  if (running) {
    const owner = ownerOf(config.dataDir);
    if (owner !== null && isAlive(owner)) {
      if (options.shareRunning) return { url: running.url, embedded: true, close: async () => undefined };
      throw new ConfigError(
        `The embedded database in ${config.dataDir} is in use by another running process (${owner}): stop it first, or set DATA_DIR to another directory.`,
      );
    }
    // Left running by a process that was killed: stop it and start afresh.
    await stopOrphan(running.pid);
  }
  const server = await startEmbeddedPostgres({ clusterDir });
  writeFileSync(ownerFileOf(config.dataDir), `${process.pid}\n`);
  // Whatever way this process ends, the server ends with it (kill -9 aside: see stopOrphan).
  const onExit = (): void => {
    try {
      process.kill(server.pid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  return {
    url: server.url,
    embedded: true,
    async close() {
      process.removeListener('exit', onExit);
      await server.stop();
      rmSync(ownerFileOf(config.dataDir), { force: true });
    },
  };
}

function ownerOf(dataDir: string): number | null {
  const file = ownerFileOf(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function stopOrphan(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Configuration error: DATABASE_URL cannot be reached (${redact(url)}): ${reason || 'connection failed'}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'malformed URL';
  }
}
