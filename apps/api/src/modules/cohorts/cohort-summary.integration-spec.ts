import type { CohortSummary, CohortView } from '@advising/contracts';
import type { Band, Pathway } from '@advising/strategy-rules';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';
import { addLetter, addStudent, backdateSnapshots } from '../../../test/cohort-test-support';
import { cycleCalendar } from '@advising/strategy-rules';
import { missingLettersWatched } from './attention';
import { seasonOpensSql } from './student-rows.sql';

interface LatestRow {
  student_id: string;
  pathway: Pathway;
  band_ir: Band;
  band_dr: Band;
  flags: string[];
  letters_secured: number;
  letters_needed: number;
  application_cycle: number;
}

describe('GET /api/cohorts/:cohortId/summary (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let admin: string;
  let advisor: string;
  let cohortId: string;
  const ids: Record<string, string> = {};
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const post = async (url: string, payload: object) => {
    const res = await t.inject({ method: 'POST', url, headers: auth(admin), payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string; version: number }>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Summary');
    admin = await tokenFor(t, world.users.ADMIN.email);
    advisor = await tokenFor(t, world.users.ADVISOR.email);
    const actor = { id: world.users.ADMIN.id, institutionId: world.institutionId };
    cohortId = (await t.inject({ method: 'POST', url: '/api/cohorts', headers: auth(admin), payload: { name: 'Summary cohort', matchYear: 2027 } })).json<CohortView>().id;
    await t.inject({ method: 'PUT', url: `/api/cohorts/${cohortId}/advisors`, headers: auth(admin), payload: { advisorIds: [world.users.ADVISOR.id] } });

    ids.ann = (await addStudent(t, actor, { displayName: 'Ann', cohortId })).id;
    ids.ben = (await addStudent(t, actor, { displayName: 'Ben', cohortId })).id;
    ids.cal = (await addStudent(t, actor, { displayName: 'Cal', applicantType: 'US_IMG', target: 'DR', graduationYear: 2025, cohortId })).id;
    ids.dee = (await addStudent(t, actor, { displayName: 'Dee', cohortId })).id;

    // Ann: strong score, two IR rotations (one done), four letters; a Step 1 failure today lowers her pathway.
    await post(`/api/students/${ids.ann}/exams`, { exam: 'STEP2CK', result: 'PASS', score: 258, date: '2025-06-01' });
    await post(`/api/students/${ids.ann}/rotations`, { specialty: 'IR', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', outcome: 'HONORS' });
    await post(`/api/students/${ids.ann}/rotations`, { specialty: 'IR', setting: 'AWAY', siteName: 'Away', weeks: 4, status: 'PLANNED' });
    await addLetter(t, actor, ids.ann, { status: 'SUBMITTED' });
    await addLetter(t, actor, ids.ann, { status: 'COMMITTED', dueInDays: 30, specialty: 'DR' });
    await addLetter(t, actor, ids.ann, { status: 'REQUESTED', dueInDays: 5 });
    await addLetter(t, actor, ids.ann, { status: 'DECLINED', dueInDays: 2 });
    await post(`/api/students/${ids.ann}/exams`, { exam: 'STEP1', result: 'FAIL' });

    // Ben: a borderline score 60 days ago (a downgrade then), a completed rotation without an outcome yet, an overdue letter.
    await post(`/api/students/${ids.ben}/exams`, { exam: 'STEP2CK', result: 'PASS', score: 240, date: '2025-06-01' });
    await backdateSnapshots(t, ids.ben, 60);
    await post(`/api/students/${ids.ben}/rotations`, { specialty: 'DR', setting: 'HOME', siteName: 'Home', weeks: 2, status: 'COMPLETED' });
    await addLetter(t, actor, ids.ben, { status: 'COMMITTED', dueInDays: -2 });

    // Cal: DR target with a passed IM rotation.
    await post(`/api/students/${ids.cal}/exams`, { exam: 'STEP2CK', result: 'PASS', score: 215, date: '2025-06-01' });
    await post(`/api/students/${ids.cal}/rotations`, { specialty: 'IM', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', outcome: 'PASS' });

    // Dee: a borderline score long ago (outside 90 days), withdrawn today: the pathway goes back up.
    const deeExam = await post(`/api/students/${ids.dee}/exams`, { exam: 'STEP2CK', result: 'PASS', score: 240, date: '2025-06-01' });
    await backdateSnapshots(t, ids.dee, 120);
    const del = await t.inject({ method: 'DELETE', url: `/api/students/${ids.dee}/exams/${deeExam.id}?version=${deeExam.version}`, headers: auth(admin) });
    expect(del.statusCode).toBe(204);
  });
  afterAll(() => t.close());

  it('counts what was built, and agrees with the stored snapshots', async () => {
    const res = await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/summary`, headers: auth(advisor) });
    expect(res.statusCode).toBe(200);
    const summary = res.json<CohortSummary>();
    expect(summary.cohortId).toBe(cohortId);
    expect(summary.students).toBe(4);

    // Facts that do not depend on the rules.
    expect(summary.letters.byStatus).toEqual({ SUBMITTED: 1, COMMITTED: 2, REQUESTED: 1, DECLINED: 1 });
    expect(summary.rotations).toEqual({ byOutcome: { HONORS: 1, PASS: 1, PENDING: 2 }, completed: 3, total: 4 });

    // What the rules decided, read back independently from the latest snapshots.
    const latest = await t.db.query<LatestRow[]>(
      `SELECT DISTINCT ON (student_id) student_id, pathway, band_ir, band_dr, flags, letters_secured, letters_needed, (recommendation->>'applicationCycle')::int AS application_cycle
         FROM recommendation_snapshots WHERE student_id = ANY($1::uuid[]) ORDER BY student_id, computed_at DESC, id DESC`,
      [Object.values(ids)],
    );
    expect(latest).toHaveLength(4);
    const tally = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
    expect(summary.byPathway).toEqual(tally(latest.map((r) => r.pathway)));
    expect(summary.byBandIR).toEqual(tally(latest.map((r) => r.band_ir)));
    expect(summary.byBandDR).toEqual(tally(latest.map((r) => r.band_dr)));
    expect(summary.byFlag).toEqual(tally(latest.flatMap((r) => r.flags)));
    expect(summary.byFlag['STEP_FAILURE']).toBe(1);
    expect(summary.letters.secured).toBe(latest.reduce((n, r) => n + r.letters_secured, 0));
    expect(summary.letters.needed).toBe(latest.reduce((n, r) => n + r.letters_needed, 0));
    // Ben's overdue commitment (Ann's request due in 5 days is not a commitment yet), plus the letters
    // still missing from a plan while its season is near.
    const today = new Date().toISOString().slice(0, 10);
    expect(summary.letters.atRisk).toBe(1 + latest.reduce((n, r) => n + missingLettersWatched(r.application_cycle, r.letters_needed, r.letters_secured, today), 0));

    // Pathway changes, counted from the snapshots' ranks.
    const changes = await t.db.query<{ rank: number; prev: number; days: number }[]>(
      `SELECT pathway_rank AS rank, previous_pathway_rank AS prev, extract(epoch FROM now() - computed_at) / 86400 AS days
         FROM recommendation_snapshots WHERE student_id = ANY($1::uuid[]) AND previous_pathway_rank IS NOT NULL`,
      [Object.values(ids)],
    );
    const within = (d: number, up: boolean) => changes.filter((c) => Number(c.days) <= d && (up ? c.rank > c.prev : c.rank < c.prev)).length;
    expect(summary.pathwayChanges).toEqual({ last30: { upgrades: within(30, true), downgrades: within(30, false) }, last90: { upgrades: within(90, true), downgrades: within(90, false) } });
    // Ann went down today, Ben 60 days ago; Dee went back up today (her downgrade is 120 days old).
    expect(summary.pathwayChanges.last30.downgrades).toBeGreaterThanOrEqual(1);
    expect(summary.pathwayChanges.last90.downgrades).toBeGreaterThan(summary.pathwayChanges.last30.downgrades);
    expect(summary.pathwayChanges.last30.upgrades).toBeGreaterThanOrEqual(1);

    const keys = new Map(summary.needsAttention.map((n) => [n.displayName, n.items.map((i) => i.key)]));
    // Ann: a new, unresolved Step 1 failure, and her pathway went down today.
    expect(keys.get('Ann')).toEqual(expect.arrayContaining(['flag:STEP_FAILURE', 'pathway:downgraded']));
    // Ben: a committed letter past its date; his downgrade is 60 days old, so it is no longer an item.
    expect(keys.get('Ben')).toEqual(expect.arrayContaining(['letters:overdue']));
    expect(keys.get('Ben')).not.toContain('pathway:downgraded');
    // Most urgent first; every item in words, with what to do; no code reaches a person.
    const severities = summary.needsAttention.map((n) => n.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'CRITICAL' ? -1 : 1)));
    for (const entry of summary.needsAttention) {
      expect(entry.items.length).toBeGreaterThan(0);
      expect(entry.severity).toBe(entry.items[0].severity);
      for (const item of entry.items) {
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.action.length).toBeGreaterThan(0);
        expect(`${item.title} ${item.detail} ${item.action}`).not.toMatch(/\b[A-Z0-9]+_[A-Z0-9_]+\b/);
      }
    }
    expect(summary.acknowledged).toBe(0);

    // The cohort list agrees on who needs attention.
    const cohort = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(advisor) })).json<CohortView[]>().find((c) => c.id === cohortId);
    expect(cohort).toMatchObject({ studentCount: 4, needsAttention: summary.needsAttention.length });
    expect(Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'cohort.summary.read' AND entity_id = $1`, [cohortId]))[0].n)).toBe(1);
  });

  it('the SQL and the rules library agree on the day applications open, cycle after cycle', async () => {
    const cycles = Array.from({ length: 16 }, (_, i) => 2020 + i);
    const rows = await t.db.query<{ cycle: number; opens: string }[]>(
      `SELECT c AS cycle, to_char(${seasonOpensSql('c')}, 'YYYY-MM-DD') AS opens FROM unnest($1::int[]) c ORDER BY c`,
      [cycles],
    );
    expect(rows.map((r) => r.opens)).toEqual(cycles.map((c) => cycleCalendar(c).seasonOpens));
  });

  it('an empty cohort has zero counts', async () => {
    const empty = (await t.inject({ method: 'POST', url: '/api/cohorts', headers: auth(admin), payload: { name: 'Empty cohort', matchYear: 2027 } })).json<CohortView>();
    const summary = (await t.inject({ method: 'GET', url: `/api/cohorts/${empty.id}/summary`, headers: auth(admin) })).json<CohortSummary>();
    expect(summary).toEqual({
      cohortId: empty.id,
      students: 0,
      byPathway: {},
      byBandIR: {},
      byBandDR: {},
      byFlag: {},
      letters: { byStatus: {}, secured: 0, needed: 0, atRisk: 0 },
      rotations: { byOutcome: {}, completed: 0, total: 0 },
      pathwayChanges: { last30: { upgrades: 0, downgrades: 0 }, last90: { upgrades: 0, downgrades: 0 } },
      needsAttention: [],
      acknowledged: 0,
    });
  });

  it('an advisor acknowledges a student: the student leaves the list (and the count) until something new happens', async () => {
    const before = (await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/summary`, headers: auth(advisor) })).json<CohortSummary>();
    expect(before.needsAttention.map((n) => n.studentId)).toContain(ids.ben);
    const followUpOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

    const refused = await t.inject({ method: 'POST', url: `/api/students/${ids.ben}/attention-acknowledgements`, headers: auth(advisor), payload: { note: 'Spoke to the writer.', followUpOn: '2020-01-01' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ details: { field: string }[] }>().details[0].field).toBe('followUpOn');

    const ack = await t.inject({ method: 'POST', url: `/api/students/${ids.ben}/attention-acknowledgements`, headers: auth(advisor), payload: { note: 'Spoke to the writer: letter by Friday.', followUpOn } });
    expect(ack.statusCode).toBe(201);
    expect(ack.json()).toMatchObject({ note: 'Spoke to the writer: letter by Friday.', followUpOn, active: true, advisor: { id: world.users.ADVISOR.id } });

    const after = (await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/summary`, headers: auth(advisor) })).json<CohortSummary>();
    expect(after.needsAttention.map((n) => n.studentId)).not.toContain(ids.ben);
    expect(after.acknowledged).toBe(1);
    const cohort = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(advisor) })).json<CohortView[]>().find((c) => c.id === cohortId);
    expect(cohort?.needsAttention).toBe(after.needsAttention.length);
    // On the student's page, and in the audit trail.
    const detail = (await t.inject({ method: 'GET', url: `/api/students/${ids.ben}`, headers: auth(advisor) })).json<{ acknowledgement: { note: string; active: boolean } }>();
    expect(detail.acknowledgement).toMatchObject({ note: 'Spoke to the writer: letter by Friday.', active: true });
    expect(Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'attention.acknowledged' AND student_id = $1`, [ids.ben]))[0].n)).toBe(1);

    // Something new: a new fact changes Ben's recommendation, and he is back on the list.
    await post(`/api/students/${ids.ben}/exams`, { exam: 'STEP1', result: 'FAIL' });
    const again = (await t.inject({ method: 'GET', url: `/api/cohorts/${cohortId}/summary`, headers: auth(advisor) })).json<CohortSummary>();
    expect(again.needsAttention.map((n) => n.studentId)).toContain(ids.ben);
  });
});
