// Unit tests of the libraries and the API (Jest). Integration tests have their own config
// (apps/api/jest.integration.config.cjs); the web app's component tests run in Vitest.
module.exports = {
  projects: ['<rootDir>/libs/strategy-rules/jest.config.cjs', '<rootDir>/libs/contracts/jest.config.cjs', '<rootDir>/apps/api/jest.config.cjs'],
};
