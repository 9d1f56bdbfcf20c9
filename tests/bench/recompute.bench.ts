/**
 * npm run bench:recompute
 *
 * Seeds one institution of 10,000 students (profile, a Step 1 pass, a Step 2 CK score, a rotation and
 * two letters each) in a database of its own (on DATABASE_URL's server, or a throwaway embedded
 * PostgreSQL), then times in the same run:
 * - the bulk recomputation the platform runs after a rules or calendar change (BulkRecomputeService.run:
 *   batches of 200 students locked, their facts read with a fixed number of statements, one insert of
 *   the changed snapshots per batch), with every student's recommendation changing;
 * - as the yardstick, a plain `INSERT ... SELECT` of the same 10,000 snapshot rows into a copy table.
 * Prints both and their ratio (target: within 3x). Timings are printed, never asserted.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../../apps/api/test/test-database';
import { DomainEvents } from '../../apps/api/src/common/events/domain-events';
import { prepareDatabase } from '../../apps/api/src/database/prepare';
import { InlineQueue } from '../../apps/api/src/modules/jobs/inline.queue';
import { BulkRecomputeService } from '../../apps/api/src/modules/recommendations/bulk-recompute.service';
import { RecomputeService } from '../../apps/api/src/modules/recommendations/recompute.service';
import { RULES_VERSION } from '../../libs/strategy-rules/src/index';

const STUDENTS = Number(process.env['BENCH_STUDENTS'] ?? 10_000);
const ROUNDS = 3;

async function main(): Promise<void> {
  const db = await createTestDatabase('bench_recompute');
  const { dataSource } = await prepareDatabase(db.url, { seedDemo: false });
  try {
    const t0 = performance.now();
    const [{ id: institutionId }] = await dataSource.query(`INSERT INTO institutions (name, slug) VALUES ('Bench School', 'bench-${randomBytes(3).toString('hex')}') RETURNING id`);
    await dataSource.query(
      `INSERT INTO users (institution_id, email, display_name, role, password_hash, active)
       SELECT $1, 'student' || g || '@bench.edu', 'Student ' || g, 'STUDENT', 'not-a-password', true FROM generate_series(1, $2) g`,
      [institutionId, STUDENTS],
    );
    await dataSource.query(
      `INSERT INTO student_profiles (user_id, institution_id, applicant_type, target, graduation_year, application_year, needs_visa, home_program_has_ir, previous_applications)
       SELECT id, institution_id, (ARRAY['US_MD','US_DO','US_IMG','NON_US_IMG'])[1 + (row_number() OVER () % 4)], (ARRAY['IR','DR'])[1 + (row_number() OVER () % 2)], 2027, 2026, false, true, 0
         FROM users WHERE institution_id = $1`,
      [institutionId],
    );
    await dataSource.query(
      `INSERT INTO exam_attempts (institution_id, student_id, exam, result, score, taken_on)
       SELECT institution_id, user_id, 'STEP1', 'PASS', NULL, NULL FROM student_profiles WHERE institution_id = $1
       UNION ALL
       SELECT institution_id, user_id, 'STEP2CK', 'PASS', 215 + (abs(hashtext(user_id::text)) % 50), DATE '2026-06-15' FROM student_profiles WHERE institution_id = $1`,
      [institutionId],
    );
    await dataSource.query(
      `INSERT INTO rotations (institution_id, student_id, specialty, setting, site_name, in_us, weeks, status, outcome)
       SELECT institution_id, user_id, 'IR', 'HOME', 'Home', true, 4, 'COMPLETED', 'HONORS' FROM student_profiles WHERE institution_id = $1`,
      [institutionId],
    );
    await dataSource.query(
      `INSERT INTO letter_requests (institution_id, student_id, writer_name, writer_specialty, writer_in_us, status, requested_at)
       SELECT institution_id, user_id, 'Dr. Writer', s, true, 'SUBMITTED', now() FROM student_profiles, unnest(ARRAY['IR','DR']) s WHERE institution_id = $1`,
      [institutionId],
    );
    process.stdout.write(`Seeded ${STUDENTS} students in ${((performance.now() - t0) / 1000).toFixed(1)} s (${process.env['DATABASE_URL'] ? 'DATABASE_URL server' : 'embedded PostgreSQL'}, node ${process.version}).\n\n`);

    const service = new BulkRecomputeService(dataSource, new RecomputeService(), new InlineQueue(), new DomainEvents());
    const recomputeTimes: number[] = [];
    const insertTimes: number[] = [];
    const freshTimes: number[] = [];
    await dataSource.query('CREATE TABLE bench_snapshot_copy (LIKE recommendation_snapshots INCLUDING DEFAULTS)');
    for (let round = 1; round <= ROUNDS; round++) {
      // Every recommendation changes: no snapshot is there to compare with.
      await dataSource.query('DELETE FROM recommendation_snapshots WHERE institution_id = $1', [institutionId]);
      const [{ id: jobId }] = await dataSource.query(
        `INSERT INTO bulk_jobs (institution_id, kind, trigger, as_of, rules_version, total) VALUES ($1, 'recompute', 'admin.recompute', CURRENT_DATE, $2, $3) RETURNING id`,
        [institutionId, RULES_VERSION, STUDENTS],
      );
      let start = performance.now();
      await service.run(jobId);
      recomputeTimes.push(performance.now() - start);
      const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM recommendation_snapshots WHERE institution_id = $1', [institutionId]);
      if (n !== STUDENTS) throw new Error(`expected ${STUDENTS} snapshots, found ${n}`);

      await dataSource.query('TRUNCATE bench_snapshot_copy');
      start = performance.now();
      await dataSource.query('INSERT INTO bench_snapshot_copy SELECT * FROM recommendation_snapshots WHERE institution_id = $1', [institutionId]);
      insertTimes.push(performance.now() - start);
      // The same rows written as new values (PostgreSQL parses and compresses each document again), as a new snapshot is.
      await dataSource.query('TRUNCATE bench_snapshot_copy');
      const columns = 'id, institution_id, student_id, rules_version, computed_at, trigger, actor_id, pathway, band_ir, band_dr, flags, critical_flags, letters_secured, letters_needed, pathway_rank, previous_pathway_rank';
      start = performance.now();
      await dataSource.query(
        `INSERT INTO bench_snapshot_copy (${columns}, recommendation, changes) SELECT ${columns}, recommendation::text::jsonb, changes::text::jsonb FROM recommendation_snapshots WHERE institution_id = $1`,
        [institutionId],
      );
      freshTimes.push(performance.now() - start);
      process.stdout.write(
        `round ${round}: bulk recompute ${(recomputeTimes[round - 1] / 1000).toFixed(2)} s · INSERT ... SELECT ${(insertTimes[round - 1] / 1000).toFixed(2)} s · as new documents ${(freshTimes[round - 1] / 1000).toFixed(2)} s\n`,
      );
    }
    const best = (xs: number[]) => Math.min(...xs);
    const ratio = best(recomputeTimes) / best(insertTimes);
    process.stdout.write(
      `\nBulk recompute of ${STUDENTS} students: best ${(best(recomputeTimes) / 1000).toFixed(2)} s (${Math.round(STUDENTS / (best(recomputeTimes) / 1000))} students/s)\n` +
        `INSERT ... SELECT of ${STUDENTS} snapshot rows: best ${(best(insertTimes) / 1000).toFixed(2)} s\n` +
        `Ratio: ${ratio.toFixed(2)}x (target: within 3x) ${ratio <= 3 ? 'met' : 'NOT met'}\n` +
        `For reference, the same INSERT ... SELECT writing each document anew: best ${(best(freshTimes) / 1000).toFixed(2)} s, ratio ${(best(recomputeTimes) / best(freshTimes)).toFixed(2)}x\n`,
    );
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:recompute failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
