import 'reflect-metadata';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROLE_LABELS, ROLES } from '@advising/contracts';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/open-database';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  // The framework loads only once the configuration is known to be good.
  const [{ prepareDatabase }, { createApp }] = await Promise.all([import('./database/prepare'), import('./create-app')]);
  const { dataSource, seeded } = await prepareDatabase(database.url, { seedDemo: config.seedDemo });
  const app = await createApp(config, dataSource);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
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
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(error.message + '\n');
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
