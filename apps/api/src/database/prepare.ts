import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { seedDemoData } from './seed/demo-seed';

export interface PreparedDatabase {
  dataSource: DataSource;
  migrationsRun: string[];
  seeded: boolean;
}

/** The advisory lock every process takes to migrate or seed: replicas starting together take turns. */
const SCHEMA_LOCK = 7_241_026;

/**
 * Runs `work` holding the schema lock (a PostgreSQL session-level advisory lock on a connection
 * of its own), so that several processes starting together on one database migrate and seed one
 * after another: the first does the work, the others find nothing pending.
 */
export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Connects, applies pending migrations and, if asked and the database is empty, loads the demo data. */
export async function prepareDatabase(url: string, options: { seedDemo: boolean }): Promise<PreparedDatabase> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    return await withSchemaLock(dataSource, async () => {
      const migrations = await dataSource.runMigrations({ transaction: 'each' });
      const seeded = options.seedDemo ? await seedDemoData(dataSource) : false;
      return { dataSource, migrationsRun: migrations.map((m) => m.name), seeded };
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
