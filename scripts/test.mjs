#!/usr/bin/env node
// `npm test`: every test, in order of cost. Lint and types, unit tests (libraries, API, web),
// integration tests on a real PostgreSQL, the security suite (hostile input, on PostgreSQL too), a production build, then end-to-end tests in Chromium.
// With DATABASE_URL set (a server URL), the database suites create and drop their own databases
// on that server; without it they use a throwaway embedded PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
rmSync(join(results, 'counts'), { recursive: true, force: true });
mkdirSync(join(results, 'counts'), { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const only = process.argv.slice(2);

const stages = [
  { name: 'lint', run: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'typecheck', run: [bin('nx'), 'run-many', '-t', 'typecheck', '--outputStyle=static'] },
  { name: 'unit', run: [bin('jest'), '-c', 'jest.config.cjs', '--json', `--outputFile=${join(results, 'counts/unit.json')}`], counts: 'unit.json' },
  { name: 'web', run: [bin('vitest'), 'run', '--config', 'apps/web/vite.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'counts/web.json')}`], counts: 'web.json' },
  { name: 'integration', run: [bin('jest'), '-c', 'apps/api/jest.integration.config.cjs', '--json', `--outputFile=${join(results, 'counts/integration.json')}`], counts: 'integration.json' },
  { name: 'security', run: [bin('jest'), '-c', 'tests/security/jest.config.cjs', '--json', `--outputFile=${join(results, 'counts/security.json')}`], counts: 'security.json' },
  { name: 'build', run: [bin('nx'), 'run-many', '-t', 'build', '--outputStyle=static'] },
  {
    name: 'e2e',
    run: [bin('playwright'), 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'counts/e2e.json') },
    counts: 'e2e.json',
  },
  { name: 'faults', run: [bin('tsx'), 'tests/faults/faults.ts', `--counts=${join(results, 'counts/faults.json')}`], counts: 'faults.json' },
];

function count(file) {
  const path = join(results, 'counts', file);
  if (!existsSync(path)) return { passed: 0, failed: 0 };
  const data = JSON.parse(readFileSync(path, 'utf8'));
  if (data.stats) return { passed: data.stats.expected + data.stats.flaky, failed: data.stats.unexpected };
  return { passed: data.numPassedTests ?? 0, failed: (data.numFailedTests ?? 0) + (data.numRuntimeErrorTestSuites ?? 0) };
}

let passed = 0;
let failed = 0;
const started = Date.now();
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  const t0 = Date.now();
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const result = spawnSync(stage.run[0], stage.run.slice(1), { cwd: root, stdio: 'inherit', env: { ...env, ...stage.env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (stage.counts) {
    const c = count(stage.counts);
    passed += c.passed;
    failed += c.failed;
    process.stdout.write(`--- ${stage.name}: ${c.passed} passed, ${c.failed} failed (${seconds}s)\n`);
  } else {
    process.stdout.write(`--- ${stage.name}: ${result.status === 0 ? 'ok' : 'failed'} (${seconds}s)\n`);
  }
  if (result.status !== 0) {
    if (!stage.counts || count(stage.counts).failed === 0) failed += 1;
    process.stdout.write(`\nStage "${stage.name}" failed.\n`);
    process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
    process.exit(1);
  }
}
process.stdout.write(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(0)}s (database: ${process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded'}).\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
