import { createTestDatabase, type TestDatabase } from './test-database';

declare global {
  var __TEST_DATABASE__: TestDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase('api_it');
  globalThis.__TEST_DATABASE__ = db;
  process.env['TEST_DATABASE_URL'] = db.url;
}
