import type { LetterView } from '@advising/contracts';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp, tokenFor } from '../../../test/test-app';

describe('GET /api/cohorts/:cohortId/letters (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let elsewhere: AdvisingWorld;
  let advisor: string;
  let admin: string;
  let student: string;
  let mentor: string;
  let foreignAdmin: string;
  const url = (cohortId: string) => `/api/cohorts/${cohortId}/letters`;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Board');
    elsewhere = await createAdvisingWorld(t, 'Elsewhere');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
    foreignAdmin = await tokenFor(t, elsewhere.users.ADMIN.email);
    const ask = (payload: Record<string, unknown>) =>
      t.inject({ method: 'POST', url: `/api/students/${world.users.STUDENT.id}/letters`, headers: auth(student), payload: { writerSpecialty: 'IR', ...payload } });
    expect((await ask({ mentorId: world.users.MENTOR.id, dueDate: '2030-09-01' })).statusCode).toBe(201);
    expect((await ask({ writerName: 'Dr. External', writerSpecialty: 'DR', dueDate: '2030-08-01' })).statusCode).toBe(201);
    expect((await ask({ writerName: 'Dr. Undated' })).statusCode).toBe(201);
    // A letter of a student outside the cohort stays off the board.
    await t.db.query(
      `INSERT INTO letter_requests (institution_id, student_id, writer_name, writer_specialty, status) VALUES ($1, $2, 'Dr. Outside', 'IR', 'REQUESTED')`,
      [world.institutionId, world.otherStudent.id],
    );
  });
  afterAll(() => t.close());

  it("lists the cohort's letters by due date, undated last, with student and mentor, without mentor notes", async () => {
    const res = await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(advisor) });
    expect(res.statusCode).toBe(200);
    const letters = res.json<LetterView[]>();
    expect(letters.map((l) => l.writerName)).toEqual(['Dr. External', world.users.MENTOR.displayName, 'Dr. Undated']);
    expect(letters[1]).toMatchObject({ status: 'REQUESTED', dueDate: '2030-09-01', student: { id: world.users.STUDENT.id, displayName: world.users.STUDENT.displayName }, mentor: { id: world.users.MENTOR.id } });
    expect(letters[0].mentor).toBeNull();
    for (const letter of letters) expect(letter).not.toHaveProperty('mentorNote');
  });

  it('is open to admins of the institution and records one audit event per read', async () => {
    const before = Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'cohort.letters.read' AND entity_id = $1`, [world.cohortId]))[0].n);
    const res = await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(admin) });
    expect(res.statusCode).toBe(200);
    expect(res.json<LetterView[]>()).toHaveLength(3);
    const after = Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'cohort.letters.read' AND entity_id = $1`, [world.cohortId]))[0].n);
    expect(after).toBe(before + 1);
  });

  it('answers an empty list for a cohort without letters', async () => {
    const res = await t.inject({ method: 'GET', url: url(elsewhere.cohortId), headers: auth(foreignAdmin) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it('refuses students and mentors, hides other institutions and cohorts the advisor does not advise', async () => {
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(student) })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(mentor) })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(foreignAdmin) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: url(elsewhere.cohortId), headers: auth(advisor) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: url(world.cohortId) })).statusCode).toBe(401);
  });
});
