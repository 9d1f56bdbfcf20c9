import type { CohortSummary, CohortView, Page, StudentListItem } from '@advising/contracts';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';

/**
 * No N+1: the student list, the summary, the cohort list and the export run the same number of SQL
 * statements for 10 students as for 500. The 500 are written with plain SQL (fast), with history,
 * exams, rotations, letters and overrides so every join has rows to find.
 */
describe('query counts: 10 vs 500 students (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let admin: string;
  let advisor: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Counts');
    admin = await tokenFor(t, world.users.ADMIN.email);
    advisor = await tokenFor(t, world.users.ADVISOR.email);
  });
  afterAll(() => t.close());

  async function cohortOf(size: number, label: string): Promise<string> {
    const [cohort] = await t.db.query<{ id: string }[]>(`INSERT INTO cohorts (institution_id, name, match_year) VALUES ($1, $2, 2027) RETURNING id`, [world.institutionId, `Bulk ${label}`]);
    const cohortId = cohort.id;
    await t.db.query('INSERT INTO cohort_advisors (cohort_id, advisor_id) VALUES ($1, $2)', [cohortId, world.users.ADVISOR.id]);
    const inst = world.institutionId;
    await t.db.query(
      `INSERT INTO users (institution_id, email, display_name, role, password_hash)
       SELECT $1::uuid, 'bulk-' || $2::text || '-' || g || '@test.edu', 'Bulk ' || $2::text || ' ' || g, 'STUDENT', 'x' FROM generate_series(1, $3::int) g`,
      [inst, `${label}-${cohortId.slice(0, 8)}`, size],
    );
    const students = `SELECT id, row_number() OVER (ORDER BY id) AS n FROM users WHERE email LIKE 'bulk-' || $2::text || '-%'`;
    const params = [inst, `${label}-${cohortId.slice(0, 8)}`];
    await t.db.query(
      `INSERT INTO student_profiles (user_id, institution_id, cohort_id, applicant_type, target, graduation_year)
       SELECT s.id, $1::uuid, $3::uuid, CASE WHEN s.n % 2 = 0 THEN 'US_MD' ELSE 'US_IMG' END, CASE WHEN s.n % 3 = 0 THEN 'DR' ELSE 'IR' END, 2027 FROM (${students}) s`,
      [...params, cohortId],
    );
    // Two snapshots each: 40 days ago and now; every other student went down, every third has a critical flag.
    await t.db.query(
      `INSERT INTO recommendation_snapshots (institution_id, student_id, rules_version, computed_at, trigger, recommendation, pathway, band_ir, band_dr, flags, critical_flags, letters_secured, letters_needed, pathway_rank, previous_pathway_rank)
       SELECT $1::uuid, s.id, 'test', now() - interval '40 days', 'profile.created', '{"flags": []}'::jsonb, 'DUAL_IR_DR', 'HIGH', 'HIGH', '{}', 0, 0, 3, 6, NULL FROM (${students}) s
       UNION ALL
       SELECT $1::uuid, s.id, 'test', now() - (s.n || ' minutes')::interval, 'exam.created',
              CASE WHEN s.n % 3 = 0 THEN '{"flags": [{"code": "LOW_STEP2CK", "severity": "CRITICAL"}]}'::jsonb ELSE '{"flags": []}'::jsonb END,
              CASE WHEN s.n % 2 = 0 THEN 'DR_THEN_IR' ELSE 'DUAL_IR_DR' END, 'BORDERLINE', 'COMPETITIVE',
              CASE WHEN s.n % 3 = 0 THEN '{LOW_STEP2CK,NO_RESEARCH}'::text[] ELSE '{NO_RESEARCH}'::text[] END,
              CASE WHEN s.n % 3 = 0 THEN 1 ELSE 0 END, (s.n % 4)::int, 3, CASE WHEN s.n % 2 = 0 THEN 5 ELSE 6 END, 6 FROM (${students}) s`,
      params,
    );
    await t.db.query(
      `INSERT INTO exam_attempts (institution_id, student_id, exam, result, score) SELECT $1::uuid, s.id, 'STEP2CK', 'PASS', 200 + (s.n % 60)::int FROM (${students}) s`,
      params,
    );
    await t.db.query(
      `INSERT INTO rotations (institution_id, student_id, specialty, setting, site_name, weeks, status, outcome)
       SELECT $1::uuid, s.id, 'IR', 'HOME', 'Home', 4, CASE WHEN s.n % 2 = 0 THEN 'COMPLETED' ELSE 'PLANNED' END, CASE WHEN s.n % 2 = 0 THEN 'HONORS' END FROM (${students}) s`,
      params,
    );
    await t.db.query(
      `INSERT INTO letter_requests (institution_id, student_id, writer_name, writer_specialty, status, due_date)
       SELECT $1::uuid, s.id, 'Dr. W', 'IR', CASE WHEN s.n % 2 = 0 THEN 'COMMITTED' ELSE 'REQUESTED' END, current_date + (s.n % 30)::int FROM (${students}) s`,
      params,
    );
    await t.db.query(`INSERT INTO advisor_overrides (institution_id, student_id, pathway, reason, advisor_id) SELECT $1::uuid, s.id, 'DR', 'Family reasons here', NULL FROM (${students}) s WHERE s.n % 5 = 0`, params);
    return cohortId;
  }

  /** Statements the application sends to the database while `run` works. */
  async function countQueries(run: () => Promise<void>): Promise<number> {
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    try {
      await run();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  async function measure(cohortId: string, size: number): Promise<Record<string, number>> {
    const get = async (token: string, url: string): Promise<string> => {
      const res = await t.inject({ method: 'GET', url, headers: auth(token) });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      return res.body;
    };
    let attention = -1;
    return {
      listAdmin: await countQueries(async () => {
        const page = JSON.parse(await get(admin, `/api/students?cohortId=${cohortId}&limit=500&sort=-step2ck`)) as Page<StudentListItem>;
        expect(page.total).toBe(size);
        expect(page.items).toHaveLength(size);
        expect(page.items.filter((i) => i.overridePathway === 'DR')).toHaveLength(Math.floor(size / 5));
        expect(page.items.filter((i) => i.pathwayMonthAgo === 'DUAL_IR_DR')).toHaveLength(Math.floor(size / 2));
      }),
      listAdvisorFiltered: await countQueries(async () => {
        const page = JSON.parse(await get(advisor, `/api/students?cohortId=${cohortId}&flag=LOW_STEP2CK&band=COMPETITIVE&q=bulk&limit=500`)) as Page<StudentListItem>;
        expect(page.total).toBe(Math.floor(size / 3));
        const atRisk = JSON.parse(await get(advisor, `/api/students?cohortId=${cohortId}&lettersAtRisk=true&limit=500`)) as Page<StudentListItem>;
        expect(atRisk.total).toBeGreaterThan(0);
        expect(atRisk.items.every((i) => i.lettersAtRisk > 0)).toBe(true);
      }),
      summary: await countQueries(async () => {
        const summary = JSON.parse(await get(advisor, `/api/cohorts/${cohortId}/summary`)) as CohortSummary;
        expect(summary.students).toBe(size);
        expect(summary.pathwayChanges.last30.downgrades).toBe(Math.floor(size / 2));
        expect(summary.needsAttention.length).toBeGreaterThan(size / 2);
        attention = summary.needsAttention.length;
        expect(summary.rotations.total).toBe(size);
      }),
      cohorts: await countQueries(async () => {
        const cohorts = JSON.parse(await get(advisor, '/api/cohorts')) as CohortView[];
        expect(cohorts.find((c) => c.id === cohortId)).toMatchObject({ studentCount: size, needsAttention: attention });
      }),
      export: await countQueries(async () => {
        const csv = await get(advisor, `/api/cohorts/${cohortId}/export.csv`);
        expect(csv.trim().split('\r\n')).toHaveLength(size + 1);
      }),
    };
  }

  it('the same number of statements for 10 and for 500 students', async () => {
    const small = await measure(await cohortOf(10, 'small'), 10);
    const large = await measure(await cohortOf(500, 'large'), 500);
    expect(large).toEqual(small);
    // And few of them: the request's own sign-in check included.
    for (const n of Object.values(small)) expect(n).toBeLessThanOrEqual(8);
  });
});
