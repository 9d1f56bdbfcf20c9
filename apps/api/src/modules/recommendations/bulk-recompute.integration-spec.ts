import type { BulkJobView } from '@advising/contracts';
import { RULES_VERSION } from '@advising/strategy-rules';
import { auth, createAdvisingWorld, createTestApp, signInAll, type AdvisingWorld, type TestApp } from '../../../test/test-app';
import { BulkRecomputeService } from './bulk-recompute.service';

/**
 * Bulk recomputation as a background job on PostgreSQL (pg-boss): progress an admin can follow,
 * one result per student whatever the number of workers or reruns, and the triggers that queue it.
 */
describe('bulk recomputation on the PostgreSQL job queue (integration)', () => {
  let a: TestApp;
  let b: TestApp;
  let world: AdvisingWorld;
  let admin: string;

  const count = async (sql: string, params: unknown[]): Promise<number> => Number((await a.db.query<{ n: string }[]>(sql, params))[0].n);
  const snapshots = (): Promise<number> => count('SELECT count(*) AS n FROM recommendation_snapshots WHERE institution_id = $1', [world.institutionId]);
  /** Makes every student's latest snapshot differ from what the rules say today, so a recompute stores one each. */
  const staleLatest = (): Promise<unknown> =>
    a.db.query(
      `UPDATE recommendation_snapshots rs SET recommendation = jsonb_set(rs.recommendation, '{primaryPathway}', '"ADJACENT_SPECIALTY"'), pathway = 'ADJACENT_SPECIALTY'
        WHERE rs.id IN (SELECT DISTINCT ON (student_id) id FROM recommendation_snapshots WHERE institution_id = $1 ORDER BY student_id, computed_at DESC, id DESC)`,
      [world.institutionId],
    );
  async function waitFor(jobId: string, status: BulkJobView['status'], timeoutMs = 30_000): Promise<BulkJobView> {
    const started = Date.now();
    for (;;) {
      const jobs = (await a.inject({ method: 'GET', url: '/api/admin/jobs', headers: auth(admin) })).json<BulkJobView[]>();
      const job = jobs.find((j) => j.id === jobId);
      if (job?.status === status) return job;
      if (Date.now() - started > timeoutMs) throw new Error(`job ${jobId} is ${job?.status ?? 'missing'}, not ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    // Two API processes' worth of workers on one database and one queue.
    a = await createTestApp({ JOBS: 'postgres' });
    b = await createTestApp({ JOBS: 'postgres' });
    world = await createAdvisingWorld(a, 'Bulk');
    admin = (await signInAll(a, world)).ADMIN;
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('an admin starts a recomputation and follows it to the end: one new snapshot per changed student, progress done / total', async () => {
    await staleLatest();
    const before = await snapshots();
    const started = await a.inject({ method: 'POST', url: '/api/admin/jobs/recompute', headers: auth(admin) });
    expect(started.statusCode).toBe(202);
    const job = started.json<BulkJobView>();
    expect(job).toMatchObject({ trigger: 'admin.recompute', total: 2 });
    const done = await waitFor(job.id, 'DONE');
    expect(done).toMatchObject({ done: 2, total: 2, changed: 2, attempts: 1 });
    expect(await snapshots()).toBe(before + 2);
    const triggers = await a.db.query<{ trigger: string; actor_id: string | null }[]>(
      'SELECT trigger, actor_id FROM recommendation_snapshots WHERE institution_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 2',
      [world.institutionId],
    );
    expect(triggers).toEqual([
      { trigger: 'admin.recompute', actor_id: null },
      { trigger: 'admin.recompute', actor_id: null },
    ]);
  });

  it('a job that died half-way and runs again leaves exactly one result per student', async () => {
    await staleLatest();
    const before = await snapshots();
    const service = a.app.get(BulkRecomputeService);
    const job = await service.start(world.institutionId, 'calendar', null);
    await waitFor(job.id, 'DONE');
    expect(await snapshots()).toBe(before + 2);
    // As if the worker had died after its last batch: run it again.
    await a.db.query(`UPDATE bulk_jobs SET status = 'FAILED', done = 1 WHERE id = $1`, [job.id]);
    const retried = await a.inject({ method: 'POST', url: `/api/admin/jobs/${job.id}/retry`, headers: auth(admin) });
    expect(retried.statusCode).toBe(202);
    expect(await waitFor(job.id, 'DONE')).toMatchObject({ done: 2, changed: 0, attempts: 2 });
    expect(await snapshots()).toBe(before + 2);
  });

  it('the same recomputation asked twice at once (two processes, a double click) is one job, run once', async () => {
    const [one, two] = await Promise.all([
      a.app.get(BulkRecomputeService).start(world.institutionId, 'admin.recompute', null),
      b.app.get(BulkRecomputeService).start(world.institutionId, 'admin.recompute', null),
    ]);
    expect(two.id).toBe(one.id);
    expect(await waitFor(one.id, 'DONE')).toMatchObject({ attempts: 1 });
  });

  it('the daily job queues one calendar recomputation per institution', async () => {
    await a.app.get(BulkRecomputeService).daily();
    await a.app.get(BulkRecomputeService).daily();
    const jobs = await a.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM bulk_jobs WHERE institution_id = $1 AND trigger = 'calendar' AND status IN ('QUEUED', 'RUNNING')`, [world.institutionId]);
    expect(Number(jobs[0].n)).toBeLessThanOrEqual(1);
  });

  it('a new rules version queues a recomputation at start for institutions computed by another', async () => {
    await a.db.query(`UPDATE recommendation_snapshots SET rules_version = '2000.1.0' WHERE institution_id = $1`, [world.institutionId]);
    await a.app.get(BulkRecomputeService).onApplicationBootstrap();
    // Once per version: a second start (or process) queues nothing more.
    await b.app.get(BulkRecomputeService).onApplicationBootstrap();
    expect(await count(`SELECT count(*) AS n FROM bulk_jobs WHERE institution_id = $1 AND trigger = 'rules.updated'`, [world.institutionId])).toBe(1);
    const rows = await a.db.query<{ id: string }[]>(`SELECT id FROM bulk_jobs WHERE institution_id = $1 AND trigger = 'rules.updated' ORDER BY created_at DESC LIMIT 1`, [world.institutionId]);
    expect(rows).toHaveLength(1);
    await waitFor(rows[0].id, 'DONE');
    const latest = await a.db.query<{ rules_version: string }[]>(
      `SELECT DISTINCT ON (student_id) rules_version FROM recommendation_snapshots WHERE institution_id = $1 ORDER BY student_id, computed_at DESC, id DESC`,
      [world.institutionId],
    );
    // Unchanged recommendations keep their snapshot; the version is recorded where one was stored.
    expect(latest.every((r) => r.rules_version === '2000.1.0' || r.rules_version === RULES_VERSION)).toBe(true);
  });
});
