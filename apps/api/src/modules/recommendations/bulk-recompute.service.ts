import { Injectable, Logger, NotFoundException, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RULES_VERSION } from '@advising/strategy-rules';
import { In, type DataSource } from 'typeorm';
import { isoDay } from '../../common/dates';
import { DomainEvents } from '../../common/events/domain-events';
import { BulkJob } from '../jobs/bulk-job.entity';
import { JobQueue } from '../jobs/job-queue';
import { RecomputeService } from './recompute.service';
import { lockStudents } from './student-writes.service';

/** Why a bulk recomputation runs: the calendar moved on, the rules changed, or an admin asked. */
export type BulkTrigger = 'calendar' | 'rules.updated' | 'admin.recompute';

/** Students per transaction: short locks, bounded memory. */
export const RECOMPUTE_BATCH = 200;

/** Every day at 04:10 UTC, every institution's recommendations as of the new day. */
export const DAILY_RECOMPUTE_CRON = '10 4 * * *';

/**
 * Recomputes every student of an institution as of a date, as a background job with progress
 * (bulk_jobs). Used by the daily calendar job, after a rules upgrade, and on an admin's request.
 * Batches lock their students like any other write, and a snapshot is stored only where the
 * recommendation changed, so a job that dies half-way and runs again leaves exactly one result.
 */
@Injectable()
export class BulkRecomputeService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('BulkRecompute');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recompute: RecomputeService,
    private readonly queue: JobQueue,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.queue.register('recompute.bulk', ({ bulkJobId }) => this.run(bulkJobId));
    this.queue.register('recompute.daily', () => this.daily());
    this.queue.schedule('recompute.daily', DAILY_RECOMPUTE_CRON);
  }

  /**
   * A new rules version recomputes, once, every institution whose students were last computed
   * by another (where the recommendation is unchanged, the earlier snapshot stays current).
   */
  async onApplicationBootstrap(): Promise<void> {
    const stale: { institution_id: string }[] = await this.db.query(
      `SELECT DISTINCT sp.institution_id
         FROM student_profiles sp
         JOIN LATERAL (SELECT rs.rules_version FROM recommendation_snapshots rs WHERE rs.student_id = sp.user_id ORDER BY rs.computed_at DESC, rs.id DESC LIMIT 1) s ON true
        WHERE s.rules_version <> $1
          AND NOT EXISTS (SELECT 1 FROM bulk_jobs j WHERE j.institution_id = sp.institution_id AND j.trigger = 'rules.updated' AND j.rules_version = $1)`,
      [RULES_VERSION],
    );
    for (const { institution_id } of stale) await this.start(institution_id, 'rules.updated', null);
  }

  /**
   * Queues a recomputation of the institution's students as of `asOf` (today by default). When
   * the same one is already queued or running (another process, a double click), that one is
   * returned instead of a second.
   */
  async start(institutionId: string, trigger: BulkTrigger, requestedBy: string | null, asOf: string = isoDay(new Date())): Promise<BulkJob> {
    const inserted: { id: string }[] = await this.db.query(
      `INSERT INTO bulk_jobs (institution_id, kind, trigger, as_of, rules_version, requested_by, total)
       SELECT $1, 'recompute', $2, $3, $5, $4, (SELECT count(*) FROM student_profiles WHERE institution_id = $1)
       ON CONFLICT (institution_id, kind, trigger, as_of) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING
       RETURNING id`,
      [institutionId, trigger, asOf, requestedBy, RULES_VERSION],
    );
    const jobs = this.db.getRepository(BulkJob);
    if (!inserted[0]) {
      return jobs.findOneOrFail({ where: { institutionId, kind: 'recompute', trigger, asOf }, order: { createdAt: 'DESC' } });
    }
    await this.queue.enqueue('recompute.bulk', { bulkJobId: inserted[0].id }, { key: inserted[0].id });
    return jobs.findOneByOrFail({ id: inserted[0].id });
  }

  /** Queues a failed job again. */
  async retry(institutionId: string, bulkJobId: string): Promise<BulkJob> {
    const jobs = this.db.getRepository(BulkJob);
    const job = await jobs.findOneBy({ id: bulkJobId, institutionId });
    if (!job) throw new NotFoundException({ message: 'Job not found.' });
    if (job.status !== 'FAILED') return job;
    // The same recomputation already waiting or running (a newer one, another admin's retry): that one.
    const open = await jobs.findOne({ where: [{ institutionId, kind: job.kind, trigger: job.trigger, asOf: job.asOf, status: In(['QUEUED', 'RUNNING']) }] });
    if (open) return open;
    const reopened: unknown[] = await this.db.query(
      `UPDATE bulk_jobs SET status = 'QUEUED', done = 0, changed = 0, finished_at = NULL WHERE id = $1 AND status = 'FAILED'
         AND NOT EXISTS (SELECT 1 FROM bulk_jobs o WHERE o.institution_id = $2 AND o.kind = $3 AND o.trigger = $4 AND o.as_of = $5 AND o.status IN ('QUEUED', 'RUNNING'))
       RETURNING id`,
      [job.id, institutionId, job.kind, job.trigger, job.asOf],
    ).catch((error: unknown) => {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') return [];
      throw error;
    });
    if (reopened.length) await this.queue.enqueue('recompute.bulk', { bulkJobId: job.id }, { key: job.id });
    return jobs.findOneByOrFail({ id: job.id });
  }

  /** The latest jobs of an institution, newest first. */
  list(institutionId: string, limit = 20): Promise<BulkJob[]> {
    return this.db.getRepository(BulkJob).find({ where: { institutionId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /** The job's work, in batches; safe to run again after a crash or a retry. */
  async run(bulkJobId: string): Promise<void> {
    const jobs = this.db.getRepository(BulkJob);
    const job = await jobs.findOneBy({ id: bulkJobId });
    if (!job || job.status === 'DONE') return;
    await jobs.update({ id: job.id }, { status: 'RUNNING', startedAt: new Date(), attempts: job.attempts + 1, done: 0, changed: 0 });
    const at = job.asOf === isoDay(new Date()) ? new Date() : new Date(`${job.asOf}T12:00:00.000Z`);
    try {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch: { user_id: string }[] = await this.db.query(
          `SELECT user_id FROM student_profiles WHERE institution_id = $1 AND user_id > $2 ORDER BY user_id LIMIT ${RECOMPUTE_BATCH}`,
          [job.institutionId, after],
        );
        if (batch.length === 0) break;
        after = batch[batch.length - 1].user_id;
        const changed = await this.db.transaction(async (tx) => {
          const ids = batch.map((row) => row.user_id);
          await lockStudents(tx, job.institutionId, ids);
          const snapshots = await this.recompute.recomputeMany(tx, { institutionId: job.institutionId, trigger: job.trigger, actorId: null, at }, ids);
          await tx.query(`UPDATE bulk_jobs SET done = done + $2, changed = changed + $3 WHERE id = $1`, [job.id, ids.length, snapshots.length]);
          return snapshots;
        });
        for (const snapshot of changed) {
          this.events.emit({ name: 'recommendation.changed', payload: { institutionId: job.institutionId, studentId: snapshot.studentId, snapshotId: snapshot.id, trigger: job.trigger, changes: snapshot.changes } });
        }
      }
      await jobs.update({ id: job.id }, { status: 'DONE', finishedAt: new Date(), total: () => 'done' });
    } catch (error) {
      this.logger.warn({ job: job.id, error: error instanceof Error ? error.name : 'unknown' }, 'A recomputation failed; it will be retried');
      await jobs.update({ id: job.id }, { status: 'FAILED', finishedAt: new Date() }).catch(() => undefined);
      throw error;
    }
  }

  /** The daily job: every institution, as of today. */
  async daily(): Promise<void> {
    const institutions: { id: string }[] = await this.db.query('SELECT id FROM institutions ORDER BY id');
    for (const { id } of institutions) await this.start(id, 'calendar', null);
  }
}
