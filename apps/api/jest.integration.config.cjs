// Integration tests run against a real PostgreSQL: the server named by DATABASE_URL (a fresh
// database is created and dropped), or else a throwaway embedded PostgreSQL.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60000,
};
