import 'reflect-metadata';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROLE_LABELS, ROLES } from '@advising/contracts';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/open-database';

/** A progress line for the person starting the platform (the logs are for machines). */
const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  say(config.databaseUrl ? 'Connecting to the database…' : `Starting the embedded database in ${config.dataDir}…`);
  const database = await openDatabase(config);
  // The framework loads only once the configuration is known to be good.
  const [{ prepareDatabase }, { createApp }] = await Promise.all([import('./database/prepare'), import('./create-app')]);
  say(config.seedDemo ? 'Preparing the database (migrations; demo data on first start)…' : 'Preparing the database (migrations)…');
  const { dataSource, seeded } = await prepareDatabase(database.url, { seedDemo: config.seedDemo });
  say('Starting the web server…');
  const app = await createApp(config, dataSource);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing the requests in flight (at most ${Math.round(config.shutdownTimeoutMs / 1000)} s), then stopping.`);
    // Idle connections close at once; requests in flight get until the deadline, then go.
    const deadline = setTimeout(() => {
      process.stderr.write('Shutdown took too long: closing the remaining connections.\n');
      app.getHttpServer().closeAllConnections();
    }, config.shutdownTimeoutMs);
    deadline.unref();
    let code = 0;
    try {
      await app.close();
      await dataSource.destroy().catch(() => undefined);
    } catch (error) {
      code = 1;
      process.stderr.write(`Shutdown: ${error instanceof Error ? error.message : String(error)}\n`);
    } finally {
      await database.close().catch(() => undefined);
      clearTimeout(deadline);
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const lines = [
    '',
    `Match Compass is running at http://${shownHost}:${port}`,
    `  API docs: http://${shownHost}:${port}/api/docs`,
    `  Database: ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL'}${seeded ? ' (demo data loaded)' : ''}`,
  ];
  if (config.seedDemo) {
    lines.push(`  Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const role of ROLES) lines.push(`    ${ROLE_LABELS[role].padEnd(18)} ${DEMO_ACCOUNTS[role].email}`);
  }
  lines.push('  Press Ctrl+C to stop.');
  say(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(error.message + '\n');
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
