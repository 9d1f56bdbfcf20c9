import type { ExamView, RotationView, StudentDetail, TimelineEntry } from '@advising/contracts';
import { AuditService } from '../audit/audit.service';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';

describe('student records (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let student: string;
  let advisor: string;
  let mentor: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Records');
    student = await tokenFor(t, world.users.STUDENT.email);
    advisor = await tokenFor(t, world.users.ADVISOR.email);
    mentor = await tokenFor(t, world.users.MENTOR.email);
  });
  afterAll(() => t.close());

  const base = () => `/api/students/${world.users.STUDENT.id}`;

  it('a new profile starts with a current recommendation', async () => {
    expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id])).toBe(1);
  });

  it('a student logs a Step 2 CK score: stored, recomputed in the same write, audited', async () => {
    const before = await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id]);
    const res = await t.inject({ method: 'POST', url: `${base()}/exams`, headers: auth(student), payload: { exam: 'STEP2CK', result: 'PASS', score: 258, date: '2026-06-20' } });
    expect(res.statusCode).toBe(201);
    const exam = res.json<ExamView>();
    expect(exam).toMatchObject({ exam: 'STEP2CK', score: 258, date: '2026-06-20', version: 1 });
    expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id])).toBe(before + 1);
    const timeline = (await t.inject({ method: 'GET', url: `${base()}/recommendations`, headers: auth(student) })).json<TimelineEntry[]>();
    const newest = timeline[0];
    expect(newest.kind).toBe('RECOMPUTED');
    if (newest.kind === 'RECOMPUTED') {
      expect(newest.snapshot.trigger).toBe('exam.created');
      expect(newest.snapshot.bandIR).toBe('HIGH');
      expect(newest.snapshot.actor?.id).toBe(world.users.STUDENT.id);
      expect(newest.snapshot.changes.length).toBeGreaterThan(0);
    }
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE student_id = $1 AND action = 'exam.created'`, [world.users.STUDENT.id])).toBe(1);
  });

  it('no change in the recommendation, no new snapshot', async () => {
    const before = await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id]);
    const res = await t.inject({ method: 'POST', url: `${base()}/research`, headers: auth(student), payload: { field: 'OTHER', kind: 'QI', status: 'IN_PROGRESS', title: 'Hand hygiene audit' } });
    expect(res.statusCode).toBe(201);
    const after = await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id]);
    // An in-progress QI project shapes nothing in the plan; whatever the engine decides, a snapshot exists only if it changed.
    const latest = await t.db.query<{ changes: unknown[] }[]>('SELECT changes FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC LIMIT 1', [world.users.STUDENT.id]);
    if (after > before) expect(latest[0].changes.length).toBeGreaterThan(0);
    else expect(after).toBe(before);
  });

  it('two writers with the same version: one wins, the other gets 409 with the current record', async () => {
    const created = (await t.inject({ method: 'POST', url: `${base()}/exams`, headers: auth(student), payload: { exam: 'STEP1', result: 'PASS' } })).json<ExamView>();
    const url = `${base()}/exams/${created.id}`;
    const [a, b] = await Promise.all([
      t.inject({ method: 'PATCH', url, headers: auth(student), payload: { version: 1, result: 'FAIL' } }),
      t.inject({ method: 'PATCH', url, headers: auth(advisor), payload: { version: 1, result: 'PASS', date: '2025-05-01' } }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 200 ? a : b;
    expect(loser.json()).toMatchObject({ statusCode: 409, code: 'CONFLICT', current: { id: created.id, version: 2 } });
    const stored = await t.db.query<{ result: string; version: number }[]>('SELECT result, version FROM exam_attempts WHERE id = $1', [created.id]);
    expect(stored[0]).toEqual({ result: winner.json<ExamView>().result, version: 2 });
    const del = await t.inject({ method: 'DELETE', url: `${url}?version=1`, headers: auth(student) });
    expect(del.statusCode).toBe(409);
    expect((await t.inject({ method: 'DELETE', url: `${url}?version=2`, headers: auth(student) })).statusCode).toBe(204);
  });

  it('a failing write leaves neither the fact nor a snapshot nor an audit event', async () => {
    const facts = await count('SELECT count(*) AS n FROM rotations WHERE student_id = $1', [world.users.STUDENT.id]);
    const snaps = await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id]);
    const audits = await count('SELECT count(*) AS n FROM audit_events WHERE student_id = $1', [world.users.STUDENT.id]);
    // The audit insert fails after the rotation and the new snapshot were written in the transaction.
    const spy = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('disk full'));
    const res = await t.inject({ method: 'POST', url: `${base()}/rotations`, headers: auth(advisor), payload: { specialty: 'IR', setting: 'AWAY', siteName: 'Metro General', weeks: 4, status: 'COMPLETED', outcome: 'HONORS' } });
    spy.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('nothing was changed') });
    expect(await count('SELECT count(*) AS n FROM rotations WHERE student_id = $1', [world.users.STUDENT.id])).toBe(facts);
    expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id])).toBe(snaps);
    expect(await count('SELECT count(*) AS n FROM audit_events WHERE student_id = $1', [world.users.STUDENT.id])).toBe(audits);
    // The same write goes through once nothing fails.
    const retry = await t.inject({ method: 'POST', url: `${base()}/rotations`, headers: auth(advisor), payload: { specialty: 'IR', setting: 'AWAY', siteName: 'Metro General', weeks: 4, status: 'COMPLETED', outcome: 'HONORS' } });
    expect(retry.statusCode).toBe(201);
    expect(await count('SELECT count(*) AS n FROM rotations WHERE student_id = $1', [world.users.STUDENT.id])).toBe(facts + 1);
    expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id])).toBe(snaps + 1);
  });

  it('an end date before the start date is refused with the field', async () => {
    const res = await t.inject({
      method: 'POST',
      url: `${base()}/rotations`,
      headers: auth(advisor),
      payload: { specialty: 'IR', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', startDate: '2026-03-01', endDate: '2026-02-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ field: 'endDate' }] });
  });

  it('rejects bad input with the field and the reason', async () => {
    const res = await t.inject({ method: 'POST', url: `${base()}/exams`, headers: auth(student), payload: { exam: 'STEP4', result: 'PASS', score: 301, date: '2026-02-30', extra: '<script>' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ details: { field: string }[] }>().details.map((d) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['date', 'exam', 'extra', 'score']));
    const scheduled = await t.inject({ method: 'POST', url: `${base()}/exams`, headers: auth(student), payload: { exam: 'STEP2CK', result: 'SCHEDULED', score: 250 } });
    expect(scheduled.statusCode).toBe(400);
    expect(scheduled.json()).toMatchObject({ details: [{ field: 'score', message: 'score must be empty for a scheduled exam' }] });
  });

  it('stores injection strings as text', async () => {
    const title = `'); DROP TABLE research_items; -- <img src=x onerror=alert(1)>`;
    const res = await t.inject({ method: 'POST', url: `${base()}/research`, headers: auth(student), payload: { field: 'IR', kind: 'ABSTRACT', status: 'SUBMITTED', title } });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ title: string }>().title).toBe(title);
  });

  it('evaluator comments are written and read by advisors only', async () => {
    const refused = await t.inject({ method: 'POST', url: `${base()}/rotations`, headers: auth(student), payload: { specialty: 'IR', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', outcome: 'HONORS', evaluatorComment: 'great' } });
    expect(refused.statusCode).toBe(403);
    const ok = await t.inject({ method: 'POST', url: `${base()}/rotations`, headers: auth(advisor), payload: { specialty: 'IR', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', outcome: 'HONORS', evaluatorComment: 'Outstanding in the IR suite' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json<RotationView>().evaluatorComment).toBe('Outstanding in the IR suite');
    const asStudent = (await t.inject({ method: 'GET', url: base(), headers: auth(student) })).json<StudentDetail>();
    expect(asStudent.rotations?.every((r) => !('evaluatorComment' in r))).toBe(true);
    const asAdvisor = (await t.inject({ method: 'GET', url: base(), headers: auth(advisor) })).json<StudentDetail>();
    expect(asAdvisor.rotations?.some((r) => r.evaluatorComment === 'Outstanding in the IR suite')).toBe(true);
    expect(asAdvisor.recommendation?.primaryPathway).toBeDefined();
  });

  it('another student, a mentor with no request, and an unadvised student answer 404', async () => {
    const other = `/api/students/${world.otherStudent.id}`;
    expect((await t.inject({ method: 'GET', url: other, headers: auth(student) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: other, headers: auth(advisor) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: base(), headers: auth(mentor) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: `${other}/exams`, headers: auth(advisor), payload: { exam: 'STEP1', result: 'PASS' } })).statusCode).toBe(404);
    expect(await count('SELECT count(*) AS n FROM exam_attempts WHERE student_id = $1', [world.otherStudent.id])).toBe(0);
  });

  it('reads by staff are audited; the student reading their own record is not', async () => {
    const before = await count(`SELECT count(*) AS n FROM audit_events WHERE student_id = $1 AND action = 'student.read'`, [world.users.STUDENT.id]);
    await t.inject({ method: 'GET', url: base(), headers: auth(student) });
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE student_id = $1 AND action = 'student.read'`, [world.users.STUDENT.id])).toBe(before);
    await t.inject({ method: 'GET', url: base(), headers: auth(advisor) });
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE student_id = $1 AND action = 'student.read'`, [world.users.STUDENT.id])).toBe(before + 1);
  });
});
