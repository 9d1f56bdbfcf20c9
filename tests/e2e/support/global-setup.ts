import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { createTestDatabase, freePort, makeTempDir, resultsDir, startServer, type TestDatabase } from './server';

/**
 * Starts the built server for the suite, on a free port and a database nobody else uses:
 * with DATABASE_URL (a server URL), a fresh `e2e_<random>` database on that server; without it,
 * the embedded PostgreSQL in a temporary DATA_DIR. The returned function is the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`e2e teardown: ${(error as Error).message}`);
      }
    }
  };

  try {
    // Secrets and (without DATABASE_URL) the embedded database live here, never in the repo's .data/.
    const dataDir = makeTempDir('match-compass-e2e-');
    cleanups.push(() => dataDir.remove());

    let database: TestDatabase | undefined;
    const serverUrl = process.env['DATABASE_URL'];
    if (serverUrl !== undefined && serverUrl !== '') {
      database = await createTestDatabase(serverUrl);
      cleanups.push(() => database?.drop());
    }

    const server = await startServer({
      port: await freePort(),
      dataDir: dataDir.dir,
      databaseUrl: database?.url,
      logFile: path.join(resultsDir, 'server.log'),
      readyTimeoutMs: Number(process.env['E2E_READY_TIMEOUT_MS'] ?? 120_000),
    });
    cleanups.push(() => server.stop());

    // Workers start after global setup and inherit this; the fixtures read it as baseURL.
    process.env['E2E_BASE_URL'] = server.baseUrl;
    console.log(`e2e: server ready at ${server.baseUrl} (${database ? `database ${database.name}` : 'embedded database'})`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
