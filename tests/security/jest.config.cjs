// The security suite (`npm run test:security`, also a stage of `npm test`): hostile input against
// the real application on a real PostgreSQL, plus the route inventory, the authorization matrix and
// the token tests of the API's integration suite, kept and run here as well.
const path = require('node:path');

const root = path.join(__dirname, '../..');
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'security',
  rootDir: root,
  roots: ['<rootDir>/tests/security', '<rootDir>/apps/api/src'],
  testMatch: [
    '<rootDir>/tests/security/**/*.security-spec.ts',
    '<rootDir>/apps/api/src/common/guards/route-coverage.integration-spec.ts',
    '<rootDir>/apps/api/src/common/access/permission-matrix.integration-spec.ts',
    '<rootDir>/apps/api/src/modules/auth/auth.integration-spec.ts',
  ],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120000,
};
