import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config';
import { createDataSource } from './data-source';
import { openDatabase } from './open-database';
import { withSchemaLock } from './prepare';
import { seedDemoData } from './seed/demo-seed';

/** `db:migrate`, `db:revert` and `db:seed` against DATABASE_URL or the embedded database. */
async function run(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'revert' && command !== 'seed') {
    throw new ConfigError('Usage: db <migrate|revert|seed>');
  }
  const config = loadConfig();
  // With the app running on the embedded database, use its server (a second one is refused).
  const database = await openDatabase(config, { shareRunning: true });
  const dataSource = createDataSource(database.url);
  await dataSource.initialize();
  try {
    await withSchemaLock(dataSource, () => runCommand(command, dataSource));
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

async function runCommand(command: 'migrate' | 'revert' | 'seed', dataSource: DataSource): Promise<void> {
  if (command === 'migrate') {
    const done = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(done.length ? `Applied ${done.map((m) => m.name).join(', ')}\n` : 'No pending migrations.\n');
  } else if (command === 'revert') {
    await dataSource.undoLastMigration({ transaction: 'each' });
    process.stdout.write('Reverted the last migration.\n');
  } else {
    await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write((await seedDemoData(dataSource)) ? 'Demo data loaded.\n' : 'The database already holds data; nothing loaded.\n');
  }
}

run(process.argv[2]).catch((error: unknown) => {
  process.stderr.write((error instanceof ConfigError ? error.message : `Database command failed: ${error instanceof Error ? error.message : String(error)}`) + '\n');
  process.exit(1);
});
