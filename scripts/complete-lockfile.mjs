#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages (macOS, Windows,
// other CPUs) that npm leaves out when its registry cannot serve them. Without those entries
// `npm ci` refuses the lock file as out of sync, even though the packages would be skipped on
// this platform anyway. Each added entry carries the `os`/`cpu` its name declares, so npm
// skips it wherever it does not apply and installs it wherever it does.
// Run after changing dependencies: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.cwd(), 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [['darwin', 'darwin'], ['win32', 'win32'], ['windows', 'win32'], ['freebsd', 'freebsd'], ['android', 'android'], ['openharmony', 'openharmony'], ['openbsd', 'openbsd'], ['netbsd', 'netbsd'], ['sunos', 'sunos'], ['aix', 'aix'], ['linux', 'linux'], ['wasm32', null], ['wasi', null]];
const CPU = [['arm64', 'arm64'], ['aarch64', 'arm64'], ['x64', 'x64'], ['x86_64', 'x64'], ['ia32', 'ia32'], ['loong64', 'loong64'], ['riscv64', 'riscv64'], ['ppc64', 'ppc64'], ['s390x', 's390x'], ['mips64el', 'mips64el'], ['arm', 'arm'], ['wasm32', 'wasm32']];

function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split(/[-_.]/);
  const os = OS.find(([token]) => parts.includes(token))?.[1];
  const cpu = CPU.find(([token]) => parts.includes(token))?.[1];
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries({ ...packages })) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (packages[nested] || packages[top]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    const version = String(spec).replace(/^[\^~=v]/, '');
    packages[top] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc && os === 'linux' ? { libc: [libc] } : {}),
      optional: true,
      os: os ? [os] : undefined,
    };
    if (!os) delete packages[top].os;
    added++;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
process.stdout.write(`package-lock.json: ${added} platform-specific optional package(s) recorded.\n`);
