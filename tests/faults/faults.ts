/**
 * npm run test:faults [-- --write-doc] [-- --case=1,3] [-- --counts=file.json]
 *
 * The fault suite (issue 9): the BUILT API (apps/api/dist/main.js) as real child processes on
 * free loopback ports, each with its own DATA_DIR, under a bounded load of several students
 * (create research, rotations and letter requests, change research with versions, read their own
 * record), while something goes wrong:
 *   1. the database restarts in the middle of the load;
 *   2. pg_terminate_backend on the API's connections (application_name 'match-compass');
 *   3. kill -9 of the API, then a restart of it;
 *   4. SIGTERM under load (in-flight requests finish or are refused with 503 + Connection: close);
 *   5. two API processes started together on one EMPTY database, then load over both.
 * Each case passes when: no process that was not killed crashed; only 2xx, 409, 503 (Retry-After)
 * or connection errors were answered (never 500, never 401/404 to a valid request, never another
 * student's data); every acknowledged write is in the database afterwards with its audit events;
 * each student's latest recommendation snapshot is what the rules give for the stored facts; the
 * first successful request came within 10 s after the fault ended.
 *
 * Databases: case 1 (and, without DATABASE_URL, every case) uses a disposable embedded PostgreSQL
 * started here on a fixed port, so the API reconnects to the same address after the restart.
 * With DATABASE_URL (a server URL) the other cases create and drop a database of their own on it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type EmbeddedPostgres, runningServer, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { redact } from '../../apps/api/src/database/open-database';
import { verifyDatabase, verifySingleSetup } from './support/checks';
import { sleep } from './support/http';
import { CaseStats, createStudents, type Ledger, Load, type Student } from './support/load';
import { ApiProcess, assertBuilt, type CaseDatabase, createDatabase, freePort, repoRoot, SHUTDOWN_TIMEOUT_MS, tempDir, withClient } from './support/processes';

const STUDENTS = 6;
const WARM_UP_MS = 3_000;
const AFTER_RECOVERY_MS = 3_000;
/** The bound the issue sets: the first successful request at most this long after the fault ended. */
const RECOVERY_BOUND_MS = 10_000;
/** How long the load goes on waiting for recovery before the case gives up. */
const RECOVERY_WAIT_MS = 30_000;
/** SIGTERM: the shutdown bound, plus a margin for closing the pool on a busy machine. */
const EXIT_BOUND_MS = SHUTDOWN_TIMEOUT_MS + 3_000;
/** Case 2: how many times every connection of the API is terminated. */
const TERMINATE_ROUNDS = 5;
/** A request sent this long before SIGTERM is one the server has: it must be answered. */
const IN_FLIGHT_MARGIN_MS = 250;

const args = process.argv.slice(2);
const writeDoc = args.includes('--write-doc');
const onlyCases = args
  .find((a) => a.startsWith('--case='))
  ?.slice('--case='.length)
  .split(',')
  .map(Number);
/** `npm test` reads the counts from here (the jest JSON shape). */
const countsFile = args.find((a) => a.startsWith('--counts='))?.slice('--counts='.length);
const serverUrl = process.env['DATABASE_URL'] || undefined;
const mode = serverUrl ? 'server' : 'embedded';
const runTag = randomBytes(2).toString('hex');

interface CaseResult {
  id: number;
  name: string;
  passed: boolean;
  sent: number;
  acked: number;
  fiveXX: string;
  connectionErrors: number;
  conflicts: number;
  wrongData: number;
  recovery: string;
  notes: string;
  violations: string[];
}

interface Suite {
  root: string;
  pg: EmbeddedPostgres;
  pgPort: number;
  clusterDir: string;
  pgLog: string;
  /** Every API process started, to stop them whatever happens. */
  processes: Set<ApiProcess>;
}

interface CaseContext {
  id: number;
  dir: string;
  stats: CaseStats;
  ledgers: Map<string, Ledger>;
  notes: string[];
}

async function main(): Promise<number> {
  assertBuilt();
  const root = tempDir('match-compass-faults-');
  const clusterParent = path.join(root.dir, 'pg');
  mkdirSync(clusterParent, { mode: 0o711 });
  const clusterDir = path.join(clusterParent, 'cluster');
  const pgLog = path.join(root.dir, 'postgres.log');
  const pgPort = await freePort();
  const started = Date.now();
  process.stdout.write(`Fault suite (${mode} database${serverUrl ? `: ${redact(serverUrl)}` : ''}); work files in ${root.dir}\n`);
  const pg = await startEmbeddedPostgres({ clusterDir, port: pgPort, logFile: pgLog });
  const pgVersions = await databaseVersions(pg.url).catch(() => 'unknown');
  const suite: Suite = { root: root.dir, pg, pgPort, clusterDir, pgLog, processes: new Set() };
  const killAll = (): void => {
    for (const p of suite.processes) if (p.pid && p.running) process.kill(p.pid, 'SIGKILL');
  };
  process.once('exit', killAll);
  process.once('SIGINT', () => {
    killAll();
    void suite.pg.stop().finally(() => process.exit(130));
  });

  const cases: { id: number; name: string; run: (ctx: CaseContext) => Promise<void> }[] = [
    { id: 1, name: 'database restart under mixed load', run: (ctx) => databaseRestart(suite, ctx) },
    { id: 2, name: 'pg_terminate_backend on the API connections', run: (ctx) => terminateBackends(suite, ctx) },
    { id: 3, name: 'kill -9 of the API under load, restart', run: (ctx) => killAndRestart(suite, ctx) },
    { id: 4, name: 'SIGTERM under load', run: (ctx) => sigterm(suite, ctx) },
    { id: 5, name: 'two processes on one empty database', run: (ctx) => twoProcesses(suite, ctx) },
  ];
  const results: CaseResult[] = [];
  try {
    for (const c of cases) {
      if (onlyCases && !onlyCases.includes(c.id)) continue;
      const ctx: CaseContext = { id: c.id, dir: path.join(root.dir, `case-${c.id}`), stats: new CaseStats(), ledgers: new Map(), notes: [] };
      mkdirSync(ctx.dir, { mode: 0o711 });
      const t0 = Date.now();
      process.stdout.write(`\n--- case ${c.id}: ${c.name}\n`);
      let error: string | null = null;
      try {
        await c.run(ctx);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        ctx.stats.violation(`case did not complete: ${error}`);
      } finally {
        for (const p of [...suite.processes]) {
          if (p.running) await p.terminate();
          for (const crash of p.crashes) ctx.stats.violation(`crash: ${crash}`);
          suite.processes.delete(p);
        }
      }
      const s = ctx.stats;
      const result: CaseResult = {
        id: c.id,
        name: c.name,
        passed: s.violations.length === 0,
        sent: s.sent,
        acked: s.ackedWrites,
        fiveXX: s.fiveXX,
        connectionErrors: s.connectionErrors,
        conflicts: s.conflicts,
        wrongData: s.wrongData,
        recovery: ctx.notes.find((n) => n.startsWith('recovery '))?.slice('recovery '.length) ?? '-',
        notes: ctx.notes.filter((n) => !n.startsWith('recovery ')).join('; '),
        violations: s.violations,
      };
      results.push(result);
      process.stdout.write(
        `case ${c.id}: ${result.passed ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s — requests ${s.sent} (2xx ${s.ok}), acknowledged writes ${s.ackedWrites}, ` +
          `5xx ${s.fiveXX}, connection errors ${s.connectionErrors}, wrong data ${s.wrongData}, recovery ${result.recovery}; ${result.notes}\n`,
      );
      for (const v of s.violations.slice(0, 15)) process.stdout.write(`  ✗ ${v}\n`);
      if (s.violations.length > 15) process.stdout.write(`  … and ${s.violations.length - 15} more\n`);
    }
  } finally {
    await suite.pg.stop().catch(() => undefined);
  }

  const table = renderTable(results);
  process.stdout.write(`\n${table}\n`);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (writeDoc) writeReliabilityDoc(table, pgVersions, seconds);
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (failed === 0) root.remove();
  else {
    // Keep the logs for a look, not the database files.
    rmSync(clusterParent, { recursive: true, force: true });
    for (const c of cases) rmSync(path.join(root.dir, `case-${c.id}`, 'api', 'postgres'), { recursive: true, force: true });
    process.stdout.write(`Logs kept in ${root.dir}\n`);
  }
  writeCounts(passed, failed);
  process.stdout.write(`\nFault suite finished in ${seconds} s (${mode} database).\nfaults: ${passed} passed, ${failed} failed\n`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Cases

/** Where a case's database lives: the suite's embedded server for case 1 and without DATABASE_URL. */
function serverFor(suite: Suite, restarts: boolean): string {
  return restarts || !serverUrl ? suite.pg.url : serverUrl;
}

async function startApi(suite: Suite, ctx: CaseContext, label: string, databaseUrl: string | undefined, seedDemo = true): Promise<ApiProcess> {
  const dataDir = path.join(ctx.dir, label);
  mkdirSync(dataDir, { mode: 0o711 });
  const api = new ApiProcess({ label, port: await freePort(), dataDir, databaseUrl, seedDemo, logFile: path.join(ctx.dir, `${label}.log`) });
  suite.processes.add(api);
  api.spawn();
  return api;
}

/** The common frame: a fresh database, one API, the suite's students, load; `fault` returns when the fault ended. */
async function underLoad(
  suite: Suite,
  ctx: CaseContext,
  options: { restartsDatabase?: boolean; closingAllowed?: boolean; ownDatabase?: boolean },
  fault: (api: ApiProcess, db: CaseDatabase, students: Student[]) => Promise<number>,
): Promise<void> {
  // ownDatabase: the API starts (and after a kill, restarts) its own embedded PostgreSQL in DATA_DIR.
  const db = options.ownDatabase ? null : await createDatabase(serverFor(suite, options.restartsDatabase ?? false), `faults_${ctx.id}`);
  try {
    const api = await startApi(suite, ctx, 'api', db?.url);
    await api.waitReady();
    const databaseOf = (): CaseDatabase => db ?? ownDatabaseOf(api);
    const students = await createStudents(api.baseUrl, STUDENTS, `${runTag}${ctx.id}`);
    const load = new Load({ targets: [api.baseUrl], students, ledgers: ctx.ledgers, stats: ctx.stats, closingAllowed: options.closingAllowed });
    load.start();
    let faultEnd: number;
    try {
      await sleep(WARM_UP_MS);
      faultEnd = await fault(api, databaseOf(), students);
      await waitForRecovery(ctx, faultEnd);
      await sleep(AFTER_RECOVERY_MS);
    } finally {
      await load.stop();
    }
    await verify(ctx, databaseOf().url, students);
  } finally {
    await db?.drop().catch((e: unknown) => ctx.notes.push(`database not dropped: ${(e as Error).message}`));
  }
}

/** The embedded PostgreSQL an API process runs in its DATA_DIR (it goes with the process and the directory). */
function ownDatabaseOf(api: ApiProcess): CaseDatabase {
  const running = runningServer(path.join(api.options.dataDir, 'postgres'));
  if (!running) throw new Error(`${api.options.label} runs no embedded database in ${api.options.dataDir}`);
  return { url: running.url, name: 'postgres', drop: async () => undefined };
}

async function waitForRecovery(ctx: CaseContext, faultEnd: number): Promise<void> {
  const deadline = faultEnd + RECOVERY_WAIT_MS;
  while (ctx.stats.recoveryMs(faultEnd) === null && Date.now() < deadline) await sleep(100);
  const ms = ctx.stats.recoveryMs(faultEnd);
  if (ms === null) {
    ctx.notes.push('recovery none');
    ctx.stats.violation(`no successful request within ${RECOVERY_WAIT_MS / 1000} s after the fault ended`);
    return;
  }
  ctx.notes.push(`recovery ${(ms / 1000).toFixed(1)} s`);
  if (ms > RECOVERY_BOUND_MS) ctx.stats.violation(`recovery took ${(ms / 1000).toFixed(1)} s (bound ${RECOVERY_BOUND_MS / 1000} s)`);
}

async function verify(ctx: CaseContext, url: string, students: Student[]): Promise<void> {
  const { violations, figures } = await verifyDatabase(url, students, ctx.ledgers);
  for (const v of violations) ctx.stats.violation(v);
  ctx.notes.push(`db: ${figures.records} records, ${figures.auditEvents} record audit events, ${figures.snapshots} snapshots`);
}

/** 1. The database stops (fast shutdown) in the middle of the load and comes back 2 s later on the same port. */
async function databaseRestart(suite: Suite, ctx: CaseContext): Promise<void> {
  await underLoad(suite, ctx, { restartsDatabase: true }, async () => {
    const down = Date.now();
    await suite.pg.stop();
    await sleep(2_000);
    suite.pg = await startEmbeddedPostgres({ clusterDir: suite.clusterDir, port: suite.pgPort, logFile: suite.pgLog });
    const up = Date.now();
    ctx.notes.push(`database down ${((up - down) / 1000).toFixed(1)} s`);
    return up;
  });
}

/** 2. Every connection of the API terminated, five times, 1 s apart. */
async function terminateBackends(suite: Suite, ctx: CaseContext): Promise<void> {
  await underLoad(suite, ctx, {}, async (_api, db) => {
    let terminated = 0;
    for (let round = 0; round < TERMINATE_ROUNDS; round++) {
      if (round > 0) await sleep(1_000);
      terminated += await withClient(serverFor(suite, false), async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = 'match-compass' AND datname = $1) t WHERE done`,
          [db.name],
        );
        return rows[0].n;
      });
    }
    ctx.notes.push(`${terminated} backends terminated in ${TERMINATE_ROUNDS} rounds`);
    return Date.now();
  });
}

/**
 * 3. kill -9 of the API in the middle of the load; started again 1 s later on the same port.
 * Without DATABASE_URL the API runs its own embedded PostgreSQL here (as `npm start` does): the
 * kill leaves that server running without its owner, and the restart must take over.
 */
async function killAndRestart(suite: Suite, ctx: CaseContext): Promise<void> {
  await underLoad(suite, ctx, { ownDatabase: !serverUrl }, async (api) => {
    await api.kill9();
    await sleep(1_000);
    return restart(api, ctx);
  });
}

/**
 * Starts the process again and waits (generously) until it is ready: the fault ends there. How
 * long a restart takes depends on how busy the machine is, so it is reported, not bounded here.
 */
async function restart(api: ApiProcess, ctx: CaseContext): Promise<number> {
  const spawned = api.spawn();
  const ready = await api.waitReady();
  ctx.notes.push(`restart ready in ${((ready - spawned) / 1000).toFixed(1)} s`);
  return ready;
}

/**
 * 4. SIGTERM in the middle of the load: in-flight requests finish or are refused cleanly; the
 * process exits in time. So that some requests are surely in flight, two students' rows are
 * locked first (their writes wait on the lock) and released 1.5 s after the signal.
 */
async function sigterm(suite: Suite, ctx: CaseContext): Promise<void> {
  await underLoad(suite, ctx, { closingAllowed: true }, async (api, db, students) => {
    const before = ctx.stats.sent;
    const lock = new Client({ connectionString: db.url, application_name: 'fault-suite' });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('SELECT user_id FROM student_profiles WHERE user_id = ANY($1::uuid[]) FOR UPDATE', [students.slice(0, 2).map((s) => s.id)]);
    await sleep(1_000);
    const signalled = Date.now();
    const release = sleep(1_500).then(async () => {
      await lock.query('COMMIT');
      await lock.end();
    });
    const exit = await api.terminate();
    await release;
    ctx.notes.push(`exited in ${(exit.ms / 1000).toFixed(1)} s with code ${String(exit.code)}${exit.forced ? ' (had to be killed)' : ''}`);
    if (exit.forced || exit.ms > EXIT_BOUND_MS) ctx.stats.violation(`SIGTERM: exit took ${(exit.ms / 1000).toFixed(1)} s (bound ${EXIT_BOUND_MS / 1000} s)`);
    if (exit.code !== 0) ctx.stats.violation(`SIGTERM: exit code ${String(exit.code)} signal ${String(exit.signal)}`);
    ctx.notes.push(`${ctx.stats.sent - before} requests during shutdown, ${ctx.stats.closing503} refused with 503 + Connection: close`);
    // Requests the server had when the signal came must be answered, not cut off.
    const inFlight = ctx.stats.inFlightAt(signalled, IN_FLIGHT_MARGIN_MS);
    ctx.notes.push(`in flight at SIGTERM: ${inFlight.answered} answered, ${inFlight.cutOff} cut off`);
    if (inFlight.answered === 0) ctx.notes.push('(no request was held in flight: the lock caught no write)');
    if (inFlight.cutOff > 0) ctx.stats.violation(`SIGTERM: ${inFlight.cutOff} requests in flight (sent ${IN_FLIGHT_MARGIN_MS} ms or more before the signal) were cut off without an answer`);
    return restart(api, ctx);
  });
}

/** 5. Two processes started at once on one empty database (migrations and demo data under the advisory lock), then load over both. */
async function twoProcesses(suite: Suite, ctx: CaseContext): Promise<void> {
  const db = await createDatabase(serverFor(suite, false), `faults_${ctx.id}`);
  try {
    const t0 = Date.now();
    const a = await startApi(suite, ctx, 'api-a', db.url);
    const b = await startApi(suite, ctx, 'api-b', db.url);
    const [readyA, readyB] = await Promise.all([a.waitReady(), b.waitReady()]);
    ctx.notes.push(`both ready in ${((Math.max(readyA, readyB) - t0) / 1000).toFixed(1)} s`);
    for (const problem of await verifySingleSetup(db.url)) ctx.stats.violation(`setup: ${problem}`);
    const students = await createStudents(a.baseUrl, STUDENTS, `${runTag}${ctx.id}`);
    const load = new Load({ targets: [a.baseUrl, b.baseUrl], students, ledgers: ctx.ledgers, stats: ctx.stats });
    const loadStart = Date.now();
    load.start();
    try {
      await sleep(8_000);
    } finally {
      await load.stop();
    }
    const first = ctx.stats.recoveryMs(loadStart);
    ctx.notes.push(`recovery ${first === null ? 'none' : `${(first / 1000).toFixed(1)} s`} (first answer)`);
    if (first === null) ctx.stats.violation('no successful request over the two processes');
    await verify(ctx, db.url, students);
    for (const api of [a, b]) {
      const exit = await api.terminate();
      if (exit.code !== 0) ctx.stats.violation(`${api.options.label}: SIGTERM exit code ${String(exit.code)}`);
    }
  } finally {
    await db.drop().catch((e: unknown) => ctx.notes.push(`database not dropped: ${(e as Error).message}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function renderTable(results: CaseResult[]): string {
  const header = ['Case', 'Result', 'Requests', 'Acked writes', '5xx', 'Conn. errors', 'Wrong data', 'Recovery', 'Notes'];
  const rows = results.map((r) => [`${r.id}. ${r.name}`, r.passed ? 'pass' : `FAIL (${r.violations.length})`, String(r.sent), String(r.acked), r.fiveXX, String(r.connectionErrors), String(r.wrongData), r.recovery, r.notes]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function databaseVersions(embeddedUrl: string): Promise<string> {
  const versionOf = async (url: string): Promise<string> => withClient(url, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v);
  const embedded = await versionOf(embeddedUrl);
  return serverUrl ? `${await versionOf(serverUrl)} (DATABASE_URL server), embedded ${embedded} (case 1)` : `embedded ${embedded}`;
}

function writeReliabilityDoc(table: string, pgVersions: string, seconds: number): void {
  const file = path.join(repoRoot, 'docs/reliability.md');
  const start = `<!-- faults:${mode} -->`;
  const end = `<!-- /faults:${mode} -->`;
  const machine =
    `Last run: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} — ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${Math.round(totalmem() / 2 ** 30)} GB memory, Node ${process.version}, PostgreSQL ${pgVersions}; ${seconds} s in all.`;
  const section = `${start}\n### ${mode === 'server' ? 'With DATABASE_URL (a PostgreSQL server)' : 'Without DATABASE_URL (embedded PostgreSQL)'}\n\n${machine}\n\n${table}\n${end}`;
  let text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text = from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text);
  process.stdout.write(`Wrote the ${mode} table to docs/reliability.md\n`);
}

function writeCounts(passed: number, failed: number): void {
  if (countsFile) writeFileSync(countsFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }) + '\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`The fault suite could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nfaults: 0 passed, 1 failed\n`);
    writeCounts(0, 1);
    process.exit(1);
  },
);
