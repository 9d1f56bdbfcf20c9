import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { seedDemoData } from './seed/demo-seed';

export interface PreparedDatabase {
  dataSource: DataSource;
  migrationsRun: string[];
  seeded: boolean;
}

/** Connects, applies pending migrations and, if asked and the database is empty, loads the demo data. */
export async function prepareDatabase(url: string, options: { seedDemo: boolean }): Promise<PreparedDatabase> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const migrations = await dataSource.runMigrations({ transaction: 'each' });
    const seeded = options.seedDemo ? await seedDemoData(dataSource) : false;
    return { dataSource, migrationsRun: migrations.map((m) => m.name), seeded };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
