/**
 * npm run bench:web [-- --skip-build]
 *
 * Builds the app for production, starts the built server (the API serving the web build) on a
 * throwaway database with the demo data plus a cohort of 500 students imported through the API's
 * CSV import, and prints:
 * - the gzipped size of the initial JavaScript, of the sign-in page, and of the sign-in page plus
 *   the cohort dashboard before its charts (target: at most 250 KB), read from the built module graph;
 * - Lighthouse 12's performance and accessibility scores (desktop preset) of the cohort dashboard
 *   and of a student page, signed in as the demo advisor. Targets: performance >= 90, accessibility >= 95.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH), started by chrome-launcher with the
 * flags of DESIGN.md. The web app keeps the refresh token in sessionStorage, which belongs to one
 * tab: the bench signs in through the API, opens a tab on the app's origin, puts the refresh token
 * in that tab's sessionStorage, and hands the tab to Lighthouse (whose Node API drives a
 * puppeteer-core page) with storage reset off. Each audited page then signs in silently, as after
 * a reload. Scores are printed, never asserted; the full Lighthouse reports are written to
 * test-results/bench/lighthouse-*.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type CohortView, type ImportResult, type Page, type StudentListItem, type TokenPair } from '@advising/contracts';
import { createTestDatabase, freePort, makeTempDir, repoRoot, startServer, type TestDatabase } from '../e2e/support/server';

const STUDENTS = 500;
const BUDGET_KB = 250;
const TARGETS = { performance: 90, accessibility: 95 } as const;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const REFRESH_TOKEN_KEY = 'match-compass.refresh-token';
const WEB_DIST = path.join(repoRoot, 'apps/web/dist');
const ASSETS = path.join(WEB_DIST, 'assets');
const REPORTS = path.join(repoRoot, 'test-results', 'bench');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Build

function build(): void {
  if (process.argv.includes('--skip-build')) {
    console.log('build: skipped (--skip-build), using the existing apps/web/dist and apps/api/dist');
    return;
  }
  const started = Date.now();
  console.log('build: npm run build …');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  const fresh = (file: string) => existsSync(file) && statSync(file).mtimeMs >= started - 1000;
  if (result.status !== 0) {
    if (fresh(path.join(WEB_DIST, 'index.html')) && existsSync(path.join(repoRoot, 'apps/api/dist/main.js'))) {
      console.warn('build: npm run build reported errors (see above); the web build is fresh and the API build exists, so the bench goes on with them.');
    } else {
      throw new Error('npm run build failed');
    }
  }
  console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

// ---------------------------------------------------------------------------------------------
// JavaScript sizes, from the built module graph

/** Static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`); dynamic `import("./x.js")` excluded. */
function staticImports(file: string): string[] {
  const code = readFileSync(path.join(ASSETS, file), 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) found.add(match[1] as string);
  return [...found];
}

/** A chunk and everything it statically imports, transitively. */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

function chunk(prefix: string): string {
  const file = readdirSync(ASSETS).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (file === undefined) throw new Error(`no built chunk named ${prefix}-*.js in ${path.relative(repoRoot, ASSETS)}`);
  return file;
}

const gzipped = (files: Iterable<string>): number => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(path.join(ASSETS, f)), { level: 9 }).length, 0);

interface JsSizes {
  initial: number;
  signIn: number;
  signInAndDashboard: number;
  charts: number;
  files: string[];
}

function measureJs(): JsSizes {
  const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const initial = closure(entries);
  const signIn = closure([...initial, chunk('SignInPage')]);
  const dashboard = closure([...signIn, chunk('CohortDashboardPage')]);
  const charts = [...closure([chunk('BarCanvas')])].filter((f) => !dashboard.has(f));
  return { initial: gzipped(initial), signIn: gzipped(signIn), signInAndDashboard: gzipped(dashboard), charts: gzipped(charts), files: [...dashboard].sort() };
}

// ---------------------------------------------------------------------------------------------
// Demo cohort of 500 students, through the API

async function api<T>(base: string, method: string, url: string, token: string | null, body?: string | object, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = contentType;
  const res = await fetch(`${base}/api${url}`, { method, headers, body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

const signIn = (base: string, email: string) => api<TokenPair>(base, 'POST', '/auth/login', null, { email, password: DEMO_PASSWORD });

/** mulberry32: a deterministic cohort on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cohortCsv(count: number): string {
  const r = rng(500);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const first = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jon', 'Kemi', 'Luis', 'Mara', 'Nikhil', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq'];
  const last = ['Lima', 'Okafor', 'Park', 'Garcia', 'Ivanova', 'Dubois', 'Kim', 'Silva', 'Patel', 'Nguyen', 'Mensah', 'Rossi', 'Cohen', 'Haddad', 'Tanaka'];
  const rows = ['email,displayName,applicantType,target,graduationYear,applicationYear,needsVisa,homeProgramHasIR,previousApplications,step1Result,step1Score,step2ckResult,step2ckScore,step2ckDate'];
  for (let i = 0; i < count; i++) {
    const type = pick(['US_MD', 'US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const);
    const img = type === 'US_IMG' || type === 'NON_US_IMG';
    const target = r() < 0.6 ? 'IR' : 'DR';
    const graduationYear = img ? 2027 - 1 - Math.floor(r() * 6) : 2027;
    const step2 = r() < 0.85 ? String(205 + Math.floor(r() * 60)) : '';
    rows.push(
      [
        `bench.student.${i + 1}@demo-med.edu`,
        `${pick(first)} ${pick(last)} ${i + 1}`,
        type,
        target,
        graduationYear,
        2026,
        type === 'NON_US_IMG' ? 'true' : 'false',
        r() < 0.5 ? 'true' : 'false',
        r() < 0.1 ? 1 : 0,
        r() < 0.05 ? 'FAIL' : 'PASS',
        '',
        step2 === '' ? 'SCHEDULED' : 'PASS',
        step2,
        step2 === '' ? '2026-08-15' : '2026-05-20',
      ].join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}

async function seedCohort(base: string): Promise<{ cohortId: string; studentId: string; studentName: string }> {
  const admin = (await signIn(base, DEMO_ACCOUNTS.ADMIN.email)).accessToken;
  const advisor = (await signIn(base, DEMO_ACCOUNTS.ADVISOR.email)).accessToken;
  const me = await api<{ id: string }>(base, 'GET', '/auth/me', advisor);
  const cohort = await api<CohortView>(base, 'POST', '/cohorts', admin, { name: `Benchmark cohort, ${STUDENTS} students`, matchYear: 2027 });
  await api<CohortView>(base, 'PUT', `/cohorts/${cohort.id}/advisors`, admin, { advisorIds: [me.id] });
  const started = Date.now();
  const result = await api<ImportResult>(base, 'POST', `/cohorts/${cohort.id}/import`, admin, cohortCsv(STUDENTS), 'text/csv');
  console.log(`seed: imported ${result.created} students into "${cohort.name}" in ${((Date.now() - started) / 1000).toFixed(1)}s (${result.failed} failed)`);
  const page = await api<Page<StudentListItem>>(base, 'GET', `/students?cohortId=${cohort.id}&flag=LOW_STEP2CK&limit=1`, advisor);
  const list = page.items.length ? page : await api<Page<StudentListItem>>(base, 'GET', `/students?cohortId=${cohort.id}&limit=1`, advisor);
  const student = list.items[0];
  if (student === undefined) throw new Error('the benchmark cohort has no students');
  return { cohortId: cohort.id, studentId: student.id, studentName: student.displayName };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface Scores {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failedA11y: string[];
}

async function audit(base: string, pages: { label: string; path: string }[]): Promise<Scores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const { default: puppeteer } = await import('puppeteer-core');

  const chrome = await chromeLauncher.launch({ chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    const tab = await browser.newPage();
    // Sign in through the API and leave the refresh token where the web app keeps it.
    const { refreshToken } = await signIn(base, DEMO_ACCOUNTS.ADVISOR.email);
    await tab.goto(`${base}/sign-in`, { waitUntil: 'load' });
    await tab.evaluate(`window.sessionStorage.setItem(${JSON.stringify(REFRESH_TOKEN_KEY)}, ${JSON.stringify(refreshToken)})`);

    const results: Scores[] = [];
    for (const { label, path: pagePath } of pages) {
      const url = `${base}${pagePath}`;
      // A run Lighthouse itself could not complete (e.g. NO_NAVSTART) is retried, never scored as 0.
      let lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'] | undefined;
      for (let attempt = 1; attempt <= 3 && !lhr; attempt++) {
        const runner = await lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], disableStorageReset: true }, desktopConfig, tab);
        if (runner === undefined) throw new Error(`Lighthouse gave no result for ${url}`);
        if (runner.lhr.runtimeError) process.stdout.write(`  Lighthouse could not measure ${label} (${runner.lhr.runtimeError.code}); trying again (${attempt}/3)\n`);
        else lhr = runner.lhr;
      }
      if (!lhr) throw new Error(`Lighthouse could not measure ${url} in 3 attempts`);
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(path.join(REPORTS, `lighthouse-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.json`), JSON.stringify(lhr, null, 1));
      const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
      if (finalPath !== pagePath) throw new Error(`Lighthouse ended on ${finalPath}, not ${pagePath}: the session was not picked up`);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const a11yAudits = lhr.categories['accessibility']?.auditRefs ?? [];
      results.push({
        page: label,
        url: pagePath,
        performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failedA11y: a11yAudits.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0).map((ref) => ref.id),
      });
    }
    return results;
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  build();
  const js = measureJs();

  const dataDir = makeTempDir('match-compass-bench-');
  let database: TestDatabase | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const serverUrl = process.env['DATABASE_URL'];
    if (serverUrl !== undefined && serverUrl !== '') database = await createTestDatabase(serverUrl);
    server = await startServer({
      port: await freePort(),
      dataDir: dataDir.dir,
      databaseUrl: database?.url,
      logFile: path.join(REPORTS, 'web-server.log'),
      readyTimeoutMs: 180_000,
    });
    console.log(`server: ${server.baseUrl} (${database ? `database ${database.name}` : 'embedded database'})`);
    const seeded = await seedCohort(server.baseUrl);
    const scores = await audit(server.baseUrl, [
      { label: `Cohort dashboard (${STUDENTS} students)`, path: `/cohorts/${seeded.cohortId}` },
      { label: `Student page (${seeded.studentName})`, path: `/students/${seeded.studentId}` },
    ]);

    const mark = (ok: boolean) => (ok ? 'ok ' : 'MISS');
    console.log('\nJavaScript (gzip -9 of the built chunks)');
    console.log(`  initial (every page)                         ${kb(js.initial).padStart(9)}`);
    console.log(`  sign-in page                                 ${kb(js.signIn).padStart(9)}`);
    console.log(`  sign-in + cohort dashboard, before charts    ${kb(js.signInAndDashboard).padStart(9)}   target <= ${BUDGET_KB} KB  ${mark(js.signInAndDashboard <= BUDGET_KB * 1024)}`);
    console.log(`  charts (loaded after the dashboard renders)  ${kb(js.charts).padStart(9)}`);
    console.log(`  files: ${js.files.join(', ')}`);
    console.log('\nLighthouse 12, desktop preset');
    for (const s of scores) {
      console.log(`  ${s.page}`);
      console.log(`    performance   ${String(s.performance).padStart(3)}   target >= ${TARGETS.performance}  ${mark(s.performance >= TARGETS.performance)}   (LCP ${Math.round(s.lcpMs)} ms, TBT ${Math.round(s.tbtMs)} ms, CLS ${s.cls.toFixed(3)})`);
      console.log(`    accessibility ${String(s.accessibility).padStart(3)}   target >= ${TARGETS.accessibility}  ${mark(s.accessibility >= TARGETS.accessibility)}${s.failedA11y.length ? `   failing: ${s.failedA11y.join(', ')}` : ''}`);
    }
  } finally {
    await server?.stop();
    await database?.drop();
    dataDir.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
