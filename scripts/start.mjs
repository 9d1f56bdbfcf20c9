#!/usr/bin/env node
// `npm start`: builds what changed (libraries, API, web app), saying so, then runs the platform
// in this process. The build's own output goes to a log file and is shown only if it fails.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const logDir = join(root, 'node_modules', '.cache', 'match-compass');
const logFile = join(logDir, 'build.log');
mkdirSync(logDir, { recursive: true });

const started = Date.now();
process.stdout.write('Building the web app and the API (the first start takes about a minute; later ones reuse the build)…\n');
const output = [];
const build = spawn(process.execPath, [createRequire(import.meta.url).resolve('nx/bin/nx'), 'run-many', '-t', 'build', '--outputStyle=static'], {
  cwd: root,
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
build.stdout.on('data', (chunk) => output.push(chunk));
build.stderr.on('data', (chunk) => output.push(chunk));
const ticker = setInterval(() => process.stdout.write(`  still building… ${Math.round((Date.now() - started) / 1000)} s\n`), 15_000);
const code = await new Promise((resolve) => build.on('close', resolve));
clearInterval(ticker);
writeFileSync(logFile, Buffer.concat(output));
if (code !== 0) {
  process.stderr.write(readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') + `\nThe build failed (full output: ${logFile}).\n`);
  process.exit(1);
}
process.stdout.write(`  built in ${Math.round((Date.now() - started) / 1000)} s\n`);

// The built server runs in this very process, so Ctrl+C and SIGTERM reach it directly.
createRequire(import.meta.url)(join(root, 'apps', 'api', 'dist', 'main.js'));
