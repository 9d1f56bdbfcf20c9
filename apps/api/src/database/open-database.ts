import { join } from 'node:path';
import { Client } from 'pg';
import { ConfigError, type AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** The PostgreSQL this process uses: DATABASE_URL's server (checked reachable) or an embedded one under DATA_DIR. */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'));
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
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
