import type { LetterView, StudentRecordExport } from '@advising/contracts';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';

describe('GET /api/me/record (integration)', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof createAdvisingWorld>>;
  let student: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Me');
    student = await tokenFor(t, world.users.STUDENT.email);
    const advisor = await tokenFor(t, world.users.ADVISOR.email);
    const mentor = await tokenFor(t, world.users.MENTOR.email);
    const base = `/api/students/${world.users.STUDENT.id}`;
    expect((await t.inject({ method: 'POST', url: `${base}/exams`, headers: auth(student), payload: { exam: 'STEP2CK', result: 'PASS', score: 247, date: '2026-06-01' } })).statusCode).toBe(201);
    expect(
      (await t.inject({ method: 'POST', url: `${base}/rotations`, headers: auth(advisor), payload: { specialty: 'IR', setting: 'HOME', siteName: 'Home', weeks: 4, status: 'COMPLETED', outcome: 'HONORS', evaluatorComment: 'Private evaluator remark' } }))
        .statusCode,
    ).toBe(201);
    const letter = (await t.inject({ method: 'POST', url: `${base}/letters`, headers: auth(student), payload: { mentorId: world.users.MENTOR.id, writerSpecialty: 'IR' } })).json<LetterView>();
    expect((await t.inject({ method: 'POST', url: `/api/letters/${letter.id}/transitions`, headers: auth(mentor), payload: { to: 'COMMITTED', version: 1, dueDate: '2026-08-01', note: 'Private mentor remark' } })).statusCode).toBe(200);
    expect((await t.inject({ method: 'POST', url: `${base}/notes`, headers: auth(advisor), payload: { body: 'Private advisor remark' } })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("downloads the student's whole record as a dated JSON attachment, without anything private to staff or mentors", async () => {
    const res = await t.inject({ method: 'GET', url: '/api/me/record', headers: auth(student) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json<StudentRecordExport>();
    const day = body.exportedAt.slice(0, 10);
    expect(Math.abs(Date.parse(body.exportedAt) - Date.now())).toBeLessThan(60_000);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="my-record-${day}.json"`);
    expect(body.student).toMatchObject({ id: world.users.STUDENT.id, email: world.users.STUDENT.email, target: 'IR', profile: { applicantType: 'US_MD' } });
    expect(body.student.exams?.map((e) => e.score)).toEqual([247]);
    expect(body.student.letters).toEqual([expect.objectContaining({ status: 'COMMITTED', dueDate: '2026-08-01' })]);
    expect(body.student.recommendation?.letters.secured).toBe(1);
    expect(body.history.length).toBeGreaterThanOrEqual(2);
    expect(body.history.every((h, i) => i === 0 || h.at <= body.history[i - 1].at)).toBe(true);
    expect(body.history.some((h) => h.kind === 'RECOMPUTED' && h.snapshot.trigger === 'letter.committed')).toBe(true);
    expect(res.body).not.toContain('Private evaluator remark');
    expect(res.body).not.toContain('Private mentor remark');
    expect(res.body).not.toContain('Private advisor remark');
    expect(res.body).not.toContain('mentorNote');
    expect('notes' in body.student).toBe(false);
    const audits = await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.record.exported' AND student_id = $1`, [world.users.STUDENT.id]);
    expect(Number(audits[0].n)).toBe(1);
  });

  it('is for students only, and needs a token', async () => {
    for (const role of ['ADMIN', 'ADVISOR', 'MENTOR'] as const) {
      const token = await tokenFor(t, world.users[role].email);
      expect((await t.inject({ method: 'GET', url: '/api/me/record', headers: auth(token) })).statusCode).toBe(403);
    }
    expect((await t.inject({ method: 'GET', url: '/api/me/record' })).statusCode).toBe(401);
  });

  it('a student of another institution gets only their own record', async () => {
    const other = await createAdvisingWorld(t, 'MeElsewhere');
    const res = await t.inject({ method: 'GET', url: '/api/me/record', headers: auth(await tokenFor(t, other.users.STUDENT.email)) });
    expect(res.statusCode).toBe(200);
    const body = res.json<StudentRecordExport>();
    expect(body.student.id).toBe(other.users.STUDENT.id);
    expect(body.student.letters).toEqual([]);
    expect(res.body).not.toContain(world.users.STUDENT.id);
  });
});
