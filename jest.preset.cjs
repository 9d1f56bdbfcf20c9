// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for NestJS);
// type checking is the separate `typecheck` target.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@advising/strategy-rules$': path.join(__dirname, 'libs/strategy-rules/src/index.ts'),
    '^@advising/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  },
};
