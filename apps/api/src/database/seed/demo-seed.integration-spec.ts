import { DEMO_ACCOUNTS } from '@advising/contracts';
import { cycleCalendar, type Recommendation } from '@advising/strategy-rules';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { createDataSource } from '../data-source';
import { seedDemoData } from './demo-seed';

/** The demo data, loaded into a database of its own (the seed refuses any database that already holds an institution). */
describe('demo seed (integration)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let seededIn = 0;
  const rows = <T>(sql: string, params: unknown[] = []) => db.query<T[]>(sql, params);
  const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ n: string }>(sql, params))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase('api_seed_it');
    db = createDataSource(database.url);
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const started = Date.now();
    expect(await seedDemoData(db)).toBe(true);
    seededIn = Date.now() - started;
    process.stdout.write(`demo seed: ${seededIn} ms\n`);
  }, 120_000);
  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
  });

  it('loads one institution, 46 users, two cohorts and 40 students, quickly', async () => {
    expect(await count('SELECT count(*) AS n FROM institutions')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM users')).toBe(46);
    expect(await count('SELECT count(*) AS n FROM cohorts')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM student_profiles')).toBe(40);
    expect(await rows('SELECT role, count(*)::int AS n FROM users GROUP BY role ORDER BY role')).toEqual([
      { role: 'ADMIN', n: 1 },
      { role: 'ADVISOR', n: 2 },
      { role: 'MENTOR', n: 3 },
      { role: 'STUDENT', n: 40 },
    ]);
    // About 10 s on an idle machine with the embedded database; the bound only catches a seed gone pathologically slow.
    expect(seededIn).toBeLessThan(60_000);
  });

  it('puts the demo student in the Match 2027 cohort, advised by the demo advisor', async () => {
    const [student] = await rows<{ match_year: number; advisors: string[] }>(
      `SELECT c.match_year, array_agg(a.email) AS advisors FROM users u
         JOIN student_profiles sp ON sp.user_id = u.id JOIN cohorts c ON c.id = sp.cohort_id
         JOIN cohort_advisors ca ON ca.cohort_id = c.id JOIN users a ON a.id = ca.advisor_id
        WHERE u.email = $1 GROUP BY c.match_year`,
      [DEMO_ACCOUNTS.STUDENT.email],
    );
    expect(student.match_year).toBe(2027);
    expect(student.advisors).toContain(DEMO_ACCOUNTS.ADVISOR.email);
  });

  it('gives every student at least three snapshots spanning at least three months, some changed this month', async () => {
    const history = await rows<{ snapshots: number; span_days: number; newest_age_days: number }>(
      `SELECT count(*)::int AS snapshots,
              extract(epoch FROM max(computed_at) - min(computed_at))::int / 86400 AS span_days,
              extract(epoch FROM now() - max(computed_at))::int / 86400 AS newest_age_days
         FROM recommendation_snapshots GROUP BY student_id`,
    );
    expect(history).toHaveLength(40);
    for (const h of history) {
      expect(h.snapshots).toBeGreaterThanOrEqual(3);
      expect(h.span_days).toBeGreaterThanOrEqual(90);
    }
    expect(history.filter((h) => h.newest_age_days <= 30).length).toBeGreaterThan(10);
    expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE computed_at > now() + interval \'1 minute\'')).toBe(0);
  });

  it('the history shows pathway upgrades and downgrades in the last 30 and 90 days', async () => {
    const moves = await rows<{ label: string; upgrades: number; downgrades: number }>(
      `SELECT w.label,
              count(*) FILTER (WHERE s.pathway_rank > s.previous_pathway_rank)::int AS upgrades,
              count(*) FILTER (WHERE s.pathway_rank < s.previous_pathway_rank)::int AS downgrades
         FROM (VALUES ('30', interval '30 days'), ('90', interval '90 days')) AS w(label, span)
         JOIN recommendation_snapshots s ON s.computed_at >= now() - w.span
        GROUP BY w.label ORDER BY w.label`,
    );
    expect(moves).toHaveLength(2);
    for (const m of moves) {
      expect(m.upgrades).toBeGreaterThan(0);
      expect(m.downgrades).toBeGreaterThan(0);
    }
  });

  it('spreads Step 2 CK over every band, with scores still to come and failures', async () => {
    const bands = await rows<{ band_ir: string }>(
      `SELECT DISTINCT ON (student_id) student_id, band_ir FROM recommendation_snapshots ORDER BY student_id, computed_at DESC, id DESC`,
    );
    expect(new Set(bands.map((b) => b.band_ir))).toEqual(new Set(['HIGH', 'COMPETITIVE', 'BORDERLINE', 'LOW', 'VERY_LOW', 'UNKNOWN']));
    expect(await count(`SELECT count(*) AS n FROM exam_attempts WHERE exam = 'STEP2CK' AND result = 'SCHEDULED'`)).toBeGreaterThan(5);
    expect(await count(`SELECT count(*) AS n FROM exam_attempts WHERE result = 'FAIL'`)).toBeGreaterThanOrEqual(2);
    expect(await count(`SELECT count(*) AS n FROM exam_attempts WHERE exam = 'STEP1' AND score IS NOT NULL`)).toBeGreaterThan(0);
  });

  it('has rotations with outcomes and comments, research, notes and overrides', async () => {
    expect(await count(`SELECT count(*) AS n FROM rotations WHERE status = 'COMPLETED' AND outcome IS NOT NULL AND evaluator_comment IS NOT NULL`)).toBeGreaterThan(10);
    expect(await count(`SELECT count(DISTINCT (specialty, setting)) AS n FROM rotations WHERE specialty IN ('IR', 'DR')`)).toBe(4);
    expect(await count(`SELECT count(*) AS n FROM rotations WHERE status IN ('PLANNED', 'IN_PROGRESS')`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(DISTINCT student_id) AS n FROM research_items`)).toBe(40);
    expect(await count('SELECT count(*) AS n FROM advisor_notes')).toBeGreaterThan(5);
    expect(await count('SELECT count(*) AS n FROM advisor_overrides WHERE pathway IS NOT NULL')).toBeGreaterThanOrEqual(2);
  });

  it('has letters in every status, and the demo mentor a queue of requested, committed (due soon and overdue) and submitted letters', async () => {
    const byStatus = await rows<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM letter_requests GROUP BY status ORDER BY status`);
    expect(byStatus.map((s) => s.status)).toEqual(['COMMITTED', 'DECLINED', 'REQUESTED', 'SUBMITTED']);
    expect(await count('SELECT count(*) AS n FROM letter_requests WHERE mentor_id IS NULL')).toBeGreaterThan(10);
    const mentor = await rows<{ status: string; due_date: string | null }>(
      `SELECT lr.status, to_char(lr.due_date, 'YYYY-MM-DD') AS due_date FROM letter_requests lr JOIN users m ON m.id = lr.mentor_id WHERE m.email = $1`,
      [DEMO_ACCOUNTS.MENTOR.email],
    );
    const today = new Date().toISOString().slice(0, 10);
    const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(mentor.filter((l) => l.status === 'REQUESTED').length).toBeGreaterThanOrEqual(2);
    expect(mentor.filter((l) => l.status === 'SUBMITTED').length).toBeGreaterThanOrEqual(2);
    expect(mentor.some((l) => l.status === 'COMMITTED' && l.due_date !== null && l.due_date < today)).toBe(true);
    expect(mentor.some((l) => l.status === 'COMMITTED' && l.due_date !== null && l.due_date >= today && l.due_date <= soon)).toBe(true);
    // Every letter's timestamps follow the ledger's order.
    expect(await count(`SELECT count(*) AS n FROM letter_requests WHERE committed_at < requested_at OR submitted_at < committed_at OR (status = 'SUBMITTED') <> (submitted_at IS NOT NULL)`)).toBe(0);
  });

  it('writes an audit trail of what it loaded', async () => {
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'user.created'`)).toBe(46);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action LIKE 'letter.%'`)).toBeGreaterThan(40);
  });

  it('reads sensibly today: every current plan is for an open cycle, nothing is due in the past, passes respect the minimum passing score', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const latest = await rows<{ recommendation: Recommendation }>(
      `SELECT DISTINCT ON (student_id) recommendation FROM recommendation_snapshots ORDER BY student_id, computed_at DESC, id DESC`,
    );
    expect(latest).toHaveLength(40);
    for (const { recommendation: rec } of latest) {
      for (const action of rec.actions) if (action.dueBy !== undefined) expect(`${action.code} ${action.dueBy}`).toBe(`${action.code} ${action.dueBy >= today ? action.dueBy : 'in the past'}`);
      expect(cycleCalendar(rec.applicationCycle).submissionWindowCloses >= today).toBe(true);
      expect(rec.reasons.filter((r) => r.role === 'DECIDING')).toHaveLength(1);
      expect(JSON.stringify(rec)).not.toMatch(/\.txt|seed/i);
    }
    expect(await count(`SELECT count(*) AS n FROM exam_attempts WHERE exam = 'STEP2CK' AND result = 'PASS' AND taken_on >= '2025-07-01' AND score < 218`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM exam_attempts WHERE result = 'FAIL' AND score IS NOT NULL AND score >= 218`)).toBe(0);
  });

  it('records nothing as having happened after now', async () => {
    const now = new Date();
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE at > $1`, [now])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM recommendation_snapshots WHERE computed_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM advisor_overrides WHERE created_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM advisor_notes WHERE created_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM rotations WHERE updated_at > $1 OR created_at > $1`, [now])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM letter_requests WHERE requested_at > $1 OR committed_at > $1 OR submitted_at > $1 OR declined_at > $1`, [now])).toBe(0);
  });

  it('running it again loads nothing', async () => {
    const before = await count('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM recommendation_snapshots) + (SELECT count(*) FROM audit_events) AS n');
    expect(await seedDemoData(db)).toBe(false);
    expect(await count('SELECT count(*) AS n FROM institutions')).toBe(1);
    expect(await count('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM recommendation_snapshots) + (SELECT count(*) FROM audit_events) AS n')).toBe(before);
  });
});
