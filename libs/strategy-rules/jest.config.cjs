module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'strategy-rules',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/cli/**/*.spec.ts'],
};
