import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startThrowawayPostgres } from '../src/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for a test run: a fresh database on the server named by DATABASE_URL
 * (created here, dropped afterwards), or else a throwaway embedded PostgreSQL server in a
 * temporary directory.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const embedded = await startThrowawayPostgres();
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
