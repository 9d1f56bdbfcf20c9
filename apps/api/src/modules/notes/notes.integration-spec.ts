import type { NoteView, StudentDetail } from '@advising/contracts';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp } from '../../../test/test-app';

describe('advisor notes (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let elsewhere: AdvisingWorld;
  let student: string;
  let advisor: string;
  let admin: string;
  let mentor: string;
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);
  const notesOf = (studentId: string) => `/api/students/${studentId}/notes`;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Notes');
    elsewhere = await createAdvisingWorld(t, 'NotesElsewhere');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
  });
  afterAll(() => t.close());

  it('an advisor adds notes (trimmed, audited) and reads them newest first (audited read)', async () => {
    const first = await t.inject({ method: 'POST', url: notesOf(world.users.STUDENT.id), headers: auth(advisor), payload: { body: '  Met to discuss a research year.  ' } });
    expect(first.statusCode).toBe(201);
    const note = first.json<NoteView>();
    expect(note).toMatchObject({ body: 'Met to discuss a research year.', author: { id: world.users.ADVISOR.id, displayName: world.users.ADVISOR.displayName } });
    expect(Number.isNaN(Date.parse(note.createdAt))).toBe(false);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'note.created' AND entity_id = $1 AND student_id = $2`, [note.id, world.users.STUDENT.id])).toBe(1);
    const second = await t.inject({ method: 'POST', url: notesOf(world.users.STUDENT.id), headers: auth(admin), payload: { body: `'); DROP TABLE advisor_notes; --` } });
    expect(second.statusCode).toBe(201);

    const readsBefore = await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.notes.read' AND student_id = $1`, [world.users.STUDENT.id]);
    const res = await t.inject({ method: 'GET', url: notesOf(world.users.STUDENT.id), headers: auth(advisor) });
    expect(res.statusCode).toBe(200);
    const notes = res.json<NoteView[]>();
    expect(notes.map((n) => n.body)).toEqual([`'); DROP TABLE advisor_notes; --`, 'Met to discuss a research year.']);
    expect(notes[0].author.id).toBe(world.users.ADMIN.id);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.notes.read' AND student_id = $1 AND actor_id = $2`, [world.users.STUDENT.id, world.users.ADVISOR.id])).toBe(readsBefore + 1);
  });

  it('students and mentors may neither read nor write notes (403); the student record hides them', async () => {
    for (const token of [student, mentor]) {
      expect((await t.inject({ method: 'GET', url: notesOf(world.users.STUDENT.id), headers: auth(token) })).statusCode).toBe(403);
      expect((await t.inject({ method: 'POST', url: notesOf(world.users.STUDENT.id), headers: auth(token), payload: { body: 'hello' } })).statusCode).toBe(403);
    }
    expect((await t.inject({ method: 'GET', url: notesOf(world.users.STUDENT.id) })).statusCode).toBe(401);
    const own = (await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(student) })).json<StudentDetail>();
    expect('notes' in own).toBe(false);
    expect(await count('SELECT count(*) AS n FROM advisor_notes WHERE student_id = $1 AND body = $2', [world.users.STUDENT.id, 'hello'])).toBe(0);
  });

  it('an unadvised student and another institution answer 404, and nothing is written', async () => {
    expect((await t.inject({ method: 'GET', url: notesOf(world.otherStudent.id), headers: auth(advisor) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: notesOf(world.otherStudent.id), headers: auth(advisor), payload: { body: 'not mine' } })).statusCode).toBe(404);
    const adminOther = await t.inject({ method: 'POST', url: notesOf(world.otherStudent.id), headers: auth(admin), payload: { body: 'Admin may write for any student here.' } });
    expect(adminOther.statusCode).toBe(201);
    expect((await t.inject({ method: 'GET', url: notesOf(elsewhere.users.STUDENT.id), headers: auth(admin) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: notesOf(elsewhere.users.STUDENT.id), headers: auth(admin), payload: { body: 'cross-tenant' } })).statusCode).toBe(404);
    expect(await count('SELECT count(*) AS n FROM advisor_notes WHERE body IN ($1, $2)', ['not mine', 'cross-tenant'])).toBe(0);
  });

  it('refuses an empty, blank, too long or malformed note with the field', async () => {
    for (const payload of [{}, { body: '' }, { body: '    ' }, { body: 'x'.repeat(5001) }, { body: 42 }, { body: 'ok', pinned: true }]) {
      const res = await t.inject({ method: 'POST', url: notesOf(world.users.STUDENT.id), headers: auth(advisor), payload });
      expect(res.statusCode).toBe(400);
      const fields = res.json<{ details: { field: string }[] }>().details.map((d) => d.field);
      expect(fields).toContain('pinned' in payload ? 'pinned' : 'body');
    }
    const longest = await t.inject({ method: 'POST', url: notesOf(world.users.STUDENT.id), headers: auth(advisor), payload: { body: 'y'.repeat(5000) } });
    expect(longest.statusCode).toBe(201);
  });
});
