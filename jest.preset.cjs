// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for NestJS);
// type checking is the separate `typecheck` target.
const fs = require('node:fs');
const path = require('node:path');

/**
 * Packages that ship ES modules only (NestJS 12 among them). Node 20 loads them natively with
 * require(esm); Jest cannot, so it compiles them to CommonJS with SWC like our own code.
 */
function esmOnlyPackages(nodeModules) {
  const names = [];
  for (const entry of fs.readdirSync(nodeModules)) {
    const dirs = entry.startsWith('@') ? fs.readdirSync(path.join(nodeModules, entry)).map((d) => `${entry}/${d}`) : [entry];
    for (const name of dirs) {
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(nodeModules, name, 'package.json'), 'utf8'));
        if (pkg.type === 'module') names.push(name.replace(/[.+]/g, (c) => `\\${c}`));
      } catch {
        // not a package
      }
    }
  }
  return names;
}

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[cm]?[tj]sx?$': [
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
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages(path.join(__dirname, 'node_modules')).join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@advising/strategy-rules$': path.join(__dirname, 'libs/strategy-rules/src/index.ts'),
    '^@advising/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  },
};
