import type { CohortView, Page, StudentListItem } from '@advising/contracts';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';
import { missingLettersWatched } from './attention';
import { addLetter, addStudent, backdateSnapshots } from '../../../test/cohort-test-support';

describe('GET /api/students: the cohort table (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let admin: string;
  let advisor: string;
  let student: string;
  let mentor: string;
  let secondCohort: string;
  const ids: Record<string, string> = {};
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const list = async (token: string, query = ''): Promise<Page<StudentListItem>> => {
    const res = await t.inject({ method: 'GET', url: `/api/students${query}`, headers: auth(token) });
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json<Page<StudentListItem>>();
  };
  const exam = (studentId: string, payload: object) => t.inject({ method: 'POST', url: `/api/students/${studentId}/exams`, headers: auth(admin), payload });

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'List');
    admin = await tokenFor(t, world.users.ADMIN.email);
    advisor = await tokenFor(t, world.users.ADVISOR.email);
    student = await tokenFor(t, world.users.STUDENT.email);
    mentor = await tokenFor(t, world.users.MENTOR.email);
    const actor = { id: world.users.ADMIN.id, institutionId: world.institutionId };
    secondCohort = (await t.inject({ method: 'POST', url: '/api/cohorts', headers: auth(admin), payload: { name: 'Second', matchYear: 2028 } })).json<CohortView>().id;
    // In the advised cohort: high, borderline and DR-target students; in the second cohort: one more.
    ids.high = (await addStudent(t, actor, { displayName: 'Hana High', cohortId: world.cohortId })).id;
    ids.border = (await addStudent(t, actor, { displayName: 'Bob Border', cohortId: world.cohortId })).id;
    ids.dr = (await addStudent(t, actor, { displayName: 'Dana 100%_DR', applicantType: 'US_IMG', target: 'DR', graduationYear: 2025, cohortId: world.cohortId })).id;
    ids.far = (await addStudent(t, actor, { displayName: 'Faye Far', cohortId: secondCohort })).id;
    expect((await exam(ids.high, { exam: 'STEP2CK', result: 'PASS', score: 258, date: '2025-06-01' })).statusCode).toBe(201);
    await exam(ids.high, { exam: 'STEP2CK', result: 'FAIL', score: 190, date: '2025-01-01' });
    await exam(ids.border, { exam: 'STEP2CK', result: 'PASS', score: 240, date: '2025-06-01' });
    await exam(ids.dr, { exam: 'STEP2CK', result: 'PASS', score: 215, date: '2025-06-01' });
    await exam(ids.far, { exam: 'STEP2CK', result: 'PASS', score: 250, date: '2025-06-01' });
  });
  afterAll(() => t.close());

  it('admins see the institution, advisors the cohorts they advise; others are refused', async () => {
    const all = await list(admin);
    expect(all.total).toBe(6); // the world's two students and the four above
    expect(all.items.map((i) => i.displayName)).toEqual([...all.items.map((i) => i.displayName)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const mine = await list(advisor);
    expect(new Set(mine.items.map((i) => i.id))).toEqual(new Set([world.users.STUDENT.id, ids.high, ids.border, ids.dr]));
    expect(mine.total).toBe(4);
    // An advisor asking for a cohort they do not advise gets nothing from it.
    expect((await list(advisor, `?cohortId=${secondCohort}`)).total).toBe(0);
    for (const token of [student, mentor]) expect((await t.inject({ method: 'GET', url: '/api/students', headers: auth(token) })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: '/api/students' })).statusCode).toBe(401);
  });

  it('each item carries the latest recommendation, the best passing Step 2 CK and the counts', async () => {
    const item = (await list(admin, `?cohortId=${world.cohortId}&q=hana`)).items[0];
    expect(item).toMatchObject({ id: ids.high, cohortId: world.cohortId, applicantType: 'US_MD', target: 'IR', step2ck: 258, overridePathway: null, pathwayMonthAgo: null, rotationsCompleted: 0, rotationsTotal: 0 });
    const latest = await t.db.query<{ pathway: string; band_ir: string; band_dr: string; flags: string[]; letters_needed: number; cycle: number }[]>(
      `SELECT pathway, band_ir, band_dr, flags, letters_needed, (recommendation->>'applicationCycle')::int AS cycle FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1`,
      [ids.high],
    );
    expect(item.pathway).toBe(latest[0].pathway);
    expect([item.bandIR, item.bandDR]).toEqual([latest[0].band_ir, latest[0].band_dr]);
    expect(item.flags).toEqual(latest[0].flags);
    expect(item.lettersNeeded).toBe(latest[0].letters_needed);
    // No commitments due; missing letters count only while the season is near.
    expect(item.lettersAtRisk).toBe(missingLettersWatched(latest[0].cycle, item.lettersNeeded, item.lettersSecured, new Date().toISOString().slice(0, 10)));
  });

  it('filters: cohort, pathway, band on the target scale, flag, letters at risk, text', async () => {
    expect((await list(admin, `?cohortId=${secondCohort}`)).items.map((i) => i.id)).toEqual([ids.far]);
    const border = (await list(admin, `?q=bob`)).items[0];
    const samePathway = await list(admin, `?pathway=${border.pathway}`);
    expect(samePathway.items.every((i) => i.pathway === border.pathway)).toBe(true);
    expect(samePathway.items.map((i) => i.id)).toContain(ids.border);
    // Dana targets DR: her band is the DR one.
    const dana = (await list(admin, `?q=dana`)).items[0];
    expect((await list(admin, `?band=${dana.bandDR}`)).items.map((i) => i.id)).toContain(ids.dr);
    if (dana.bandIR !== dana.bandDR) expect((await list(admin, `?band=${dana.bandIR}&q=dana`)).total).toBe(0);
    const high = (await list(admin, `?q=hana`)).items[0];
    expect(high.flags).toContain('STEP_FAILURE');
    expect((await list(admin, '?flag=STEP_FAILURE')).items.map((i) => i.id)).toEqual([ids.high]);
    expect((await list(admin, '?flag=NOT_A_FLAG')).total).toBe(0);
    expect((await list(admin, '?q=HANA')).items.map((i) => i.id)).toEqual([ids.high]);
    expect((await list(admin, `?q=${encodeURIComponent(world.users.STUDENT.email.toUpperCase())}`)).items.map((i) => i.id)).toEqual([world.users.STUDENT.id]);
    // LIKE wildcards and SQL are text: only Dana's name holds "100%_".
    expect((await list(admin, `?q=${encodeURIComponent('100%_')}`)).items.map((i) => i.id)).toEqual([ids.dr]);
    expect((await list(admin, `?q=${encodeURIComponent('%')}`)).items.map((i) => i.id)).toEqual([ids.dr]);
    expect((await list(admin, `?q=${encodeURIComponent("' OR 1=1; DROP TABLE users; --")}`)).total).toBe(0);
    // Letters: all secured and none due soon takes a student off the at-risk list.
    const actor = { id: world.users.ADMIN.id, institutionId: world.institutionId };
    for (let i = 0; i < 4; i++) await addLetter(t, actor, ids.far, { status: 'SUBMITTED', specialty: i % 2 ? 'DR' : 'IR' });
    const far = (await list(admin, `?q=faye`)).items[0];
    expect(far.lettersSecured).toBeGreaterThanOrEqual(far.lettersNeeded);
    expect(far.lettersAtRisk).toBe(0);
    expect((await list(admin, '?lettersAtRisk=true')).items.map((i) => i.id)).not.toContain(ids.far);
    expect((await list(admin, '?lettersAtRisk=false')).items.map((i) => i.id)).toContain(ids.far);
    await addLetter(t, actor, ids.far, { status: 'COMMITTED', dueInDays: 3 });
    const soon = (await list(admin, `?q=faye`)).items[0];
    expect(soon.lettersAtRisk).toBe(1);
    expect((await list(admin, '?lettersAtRisk=true')).items.map((i) => i.id)).toContain(ids.far);
  });

  it('sorts and pages with an opaque cursor, no row twice, none missed', async () => {
    for (const sort of ['-step2ck', 'step2ck', 'name', '-name', 'pathway', '-band', 'lettersSecured', '-changed']) {
      const seen: StudentListItem[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Page<StudentListItem> = await list(admin, `?sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.total).toBe(6);
        seen.push(...page.items);
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen.length).toBe(6);
      expect(new Set(seen.map((s) => s.id)).size).toBe(6);
      if (sort === '-step2ck') expect(seen.map((s) => s.step2ck)).toEqual([258, 250, 240, 215, null, null]);
      if (sort === 'step2ck') expect(seen.map((s) => s.step2ck).slice(2)).toEqual([215, 240, 250, 258]);
    }
  });

  it('refuses bad parameters with the field', async () => {
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=501', 'limit'],
      ['?sort=email', 'sort'],
      ['?pathway=SURGERY', 'pathway'],
      ['?band=OK', 'band'],
      ['?lettersAtRisk=maybe', 'lettersAtRisk'],
      ['?cohortId=nope', 'cohortId'],
      ['?cursor=not-a-cursor', 'cursor'],
      ['?unknown=1', 'unknown'],
    ] as const) {
      const res = await t.inject({ method: 'GET', url: `/api/students${query}`, headers: auth(admin) });
      expect({ query, status: res.statusCode }).toEqual({ query, status: 400 });
      expect(res.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toContain(field);
    }
    // A cursor of another sort is refused rather than misread.
    const first = await list(admin, '?sort=name&limit=1');
    const res = await t.inject({ method: 'GET', url: `/api/students?sort=-step2ck&cursor=${first.nextCursor}`, headers: auth(admin) });
    expect(res.statusCode).toBe(400);
  });

  it("shows the advisor's override and the pathway of a month ago when it changed", async () => {
    const before = (await list(admin, '?q=bob')).items[0];
    const other = before.pathway === 'DR' ? 'DR_WITH_BACKUP' : 'DR';
    expect((await t.inject({ method: 'PUT', url: `/api/students/${ids.border}/override`, headers: auth(advisor), payload: { pathway: other, reason: 'Wants to stay close to family' } })).statusCode).toBe(200);
    expect((await list(admin, '?q=bob')).items[0]).toMatchObject({ pathway: before.pathway, overridePathway: other });
    // History: everything so far happened 40 days ago; then a Step 1 failure changes the pathway today.
    await backdateSnapshots(t, ids.border, 40);
    expect((await list(admin, '?q=bob')).items[0].pathwayMonthAgo).toBeNull();
    await exam(ids.border, { exam: 'STEP1', result: 'FAIL' });
    const after = (await list(admin, '?q=bob')).items[0];
    if (after.pathway !== before.pathway) expect(after.pathwayMonthAgo).toBe(before.pathway);
    else expect(after.pathwayMonthAgo).toBeNull();
  });

  it('audits each student listed for staff', async () => {
    const before = Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.listed' AND student_id = $1`, [ids.high]))[0].n);
    await list(advisor, '?q=hana');
    const after = Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.listed' AND student_id = $1 AND actor_id = $2`, [ids.high, world.users.ADVISOR.id]))[0].n);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(before + 1);
  });
});
