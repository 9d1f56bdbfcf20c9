import { randomBytes } from 'node:crypto';
import type { LetterView, MentorLetterRequestView, PersonRef, StudentDetail } from '@advising/contracts';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp, tokenFor } from '../../../test/test-app';

describe('letter ledger (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let elsewhere: AdvisingWorld;
  let student: string;
  let advisor: string;
  let admin: string;
  let mentor: string;
  let otherMentor: string;
  let otherMentorUser: User;
  let inactiveMentor: User;
  let foreignLetter: LetterView;
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);
  const letterUrl = (id: string) => `/api/letters/${id}`;
  const studentLetters = () => `/api/students/${world.users.STUDENT.id}/letters`;
  const securedNow = async (studentId: string) =>
    Number(
      (await t.db.query<{ letters_secured: number }[]>('SELECT letters_secured FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1', [studentId]))[0]
        .letters_secured,
    );
  /** Committed and submitted letters in the latest snapshot: those filling the plan (secured) plus any beyond it (extra). */
  const committedNow = async (studentId: string) =>
    Number(
      (
        await t.db.query<{ n: number }[]>(
          `SELECT (recommendation->'letters'->>'secured')::int + COALESCE((recommendation->'letters'->>'extra')::int, 0) AS n
             FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1`,
          [studentId],
        )
      )[0].n,
    );
  const stored = async (id: string) => (await t.db.query<{ status: string; version: number; writer_name: string; mentor_note: string | null }[]>('SELECT status, version, writer_name, mentor_note FROM letter_requests WHERE id = $1', [id]))[0];

  const addUser = (institutionId: string, role: 'MENTOR' | 'ADVISOR', displayName: string, active = true) =>
    t.db.getRepository(User).save({ institutionId, role, email: `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.edu`, displayName, passwordHash: world.users.MENTOR.passwordHash, active });

  /** A request from the student to the world's mentor, made through the API. */
  const request = async (payload: Record<string, unknown> = {}, token = student): Promise<LetterView> => {
    const res = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(token), payload: { mentorId: world.users.MENTOR.id, writerSpecialty: 'IR', ...payload } });
    expect(res.statusCode).toBe(201);
    return res.json<LetterView>();
  };
  const move = (id: string, payload: Record<string, unknown>, token = mentor) => t.inject({ method: 'POST', url: `${letterUrl(id)}/transitions`, headers: auth(token), payload });

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Letters');
    elsewhere = await createAdvisingWorld(t, 'Elsewhere');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
    otherMentorUser = await addUser(world.institutionId, 'MENTOR', 'Aaron Abbott');
    otherMentor = await tokenFor(t, otherMentorUser.email);
    inactiveMentor = await addUser(world.institutionId, 'MENTOR', 'Retired Mentor', false);
    const foreignStudent = await tokenFor(t, elsewhere.users.STUDENT.email);
    const res = await t.inject({ method: 'POST', url: `/api/students/${elsewhere.users.STUDENT.id}/letters`, headers: auth(foreignStudent), payload: { mentorId: elsewhere.users.MENTOR.id, writerSpecialty: 'DR' } });
    expect(res.statusCode).toBe(201);
    foreignLetter = res.json<LetterView>();
  });
  afterAll(() => t.close());

  describe('GET /api/mentors', () => {
    it("lists the institution's active mentors by name for students and staff", async () => {
      for (const token of [student, advisor, admin]) {
        const res = await t.inject({ method: 'GET', url: '/api/mentors', headers: auth(token) });
        expect(res.statusCode).toBe(200);
        const mentors = res.json<PersonRef[]>();
        expect(mentors).toEqual([
          { id: otherMentorUser.id, displayName: 'Aaron Abbott' },
          { id: world.users.MENTOR.id, displayName: world.users.MENTOR.displayName },
        ]);
        expect(mentors.map((m) => m.id)).not.toContain(inactiveMentor.id);
        expect(mentors.map((m) => m.id)).not.toContain(elsewhere.users.MENTOR.id);
      }
    });

    it('is refused to mentors and to callers without a token', async () => {
      expect((await t.inject({ method: 'GET', url: '/api/mentors', headers: auth(mentor) })).statusCode).toBe(403);
      expect((await t.inject({ method: 'GET', url: '/api/mentors' })).statusCode).toBe(401);
    });
  });

  describe('POST /api/students/:studentId/letters', () => {
    it('a student asks a mentor: REQUESTED, named after the mentor, recomputed and audited, no mentor note shown', async () => {
      const before = Date.now();
      const letter = await request({ dueDate: '2026-09-01' });
      expect(letter).toMatchObject({
        student: { id: world.users.STUDENT.id, displayName: world.users.STUDENT.displayName },
        mentor: { id: world.users.MENTOR.id, displayName: world.users.MENTOR.displayName },
        writerName: world.users.MENTOR.displayName,
        writerSpecialty: 'IR',
        writerInUS: true,
        status: 'REQUESTED',
        dueDate: '2026-09-01',
        committedAt: null,
        submittedAt: null,
        declinedAt: null,
        version: 1,
      });
      expect(Date.parse(letter.requestedAt)).toBeGreaterThanOrEqual(before - 5000);
      expect('mentorNote' in letter).toBe(false);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.requested' AND actor_id = $2`, [letter.id, world.users.STUDENT.id])).toBe(1);
    });

    it('an advisor records a request to an external writer, outside the US', async () => {
      const res = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(advisor), payload: { writerName: '  Dr. Lena Vogel  ', writerSpecialty: 'DR', writerInUS: false } });
      expect(res.statusCode).toBe(201);
      const letter = res.json<LetterView>();
      expect(letter).toMatchObject({ mentor: null, writerName: 'Dr. Lena Vogel', writerSpecialty: 'DR', writerInUS: false, status: 'REQUESTED', dueDate: null, mentorNote: null });
    });

    it('refuses a mentorId that is not an active mentor of the institution, naming mentorId', async () => {
      const before = await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [world.users.STUDENT.id]);
      for (const mentorId of [elsewhere.users.MENTOR.id, world.users.ADVISOR.id, inactiveMentor.id, '6f1c1a52-5a8e-4c57-9d1e-0a8c3e2f7b11']) {
        const res = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(student), payload: { mentorId, writerSpecialty: 'IR' } });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'mentorId' }] });
      }
      expect(await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [world.users.STUDENT.id])).toBe(before);
    });

    it('refuses bad input with the fields and the reasons', async () => {
      const noWriter = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(student), payload: { writerSpecialty: 'IR' } });
      expect(noWriter.statusCode).toBe(400);
      expect(noWriter.json()).toMatchObject({ details: [{ field: 'writerName' }] });
      const blank = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(student), payload: { writerName: '   ', writerSpecialty: 'IR' } });
      expect(blank.statusCode).toBe(400);
      expect(blank.json()).toMatchObject({ details: [{ field: 'writerName' }] });
      const res = await t.inject({
        method: 'POST',
        url: studentLetters(),
        headers: auth(student),
        payload: { mentorId: 'not-a-uuid', writerSpecialty: 'DERM', writerInUS: 'yes', dueDate: '2026-02-30', status: 'SUBMITTED', mentorNote: 'x' },
      });
      expect(res.statusCode).toBe(400);
      const fields = res.json<{ details: { field: string }[] }>().details.map((d) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['mentorId', 'writerSpecialty', 'writerInUS', 'dueDate', 'status', 'mentorNote']));
      const missing = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(student), payload: { mentorId: world.users.MENTOR.id } });
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ details: [{ field: 'writerSpecialty' }] });
    });

    it("refuses mentors (403), another student's record, an unadvised student and another institution (404)", async () => {
      expect((await t.inject({ method: 'POST', url: studentLetters(), headers: auth(mentor), payload: { writerName: 'X', writerSpecialty: 'IR' } })).statusCode).toBe(403);
      const other = `/api/students/${world.otherStudent.id}/letters`;
      expect((await t.inject({ method: 'POST', url: other, headers: auth(student), payload: { writerName: 'X', writerSpecialty: 'IR' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'POST', url: other, headers: auth(advisor), payload: { writerName: 'X', writerSpecialty: 'IR' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'POST', url: other, headers: auth(admin), payload: { writerName: 'X', writerSpecialty: 'IR' } })).statusCode).toBe(201);
      expect((await t.inject({ method: 'POST', url: `/api/students/${elsewhere.users.STUDENT.id}/letters`, headers: auth(admin), payload: { writerName: 'X', writerSpecialty: 'IR' } })).statusCode).toBe(404);
      expect(await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [elsewhere.users.STUDENT.id])).toBe(1);
    });

    it('a failing audit write leaves neither the letter nor a snapshot', async () => {
      const letters = await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [world.users.STUDENT.id]);
      const snaps = await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id]);
      const spy = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('disk full'));
      const res = await t.inject({ method: 'POST', url: studentLetters(), headers: auth(student), payload: { writerName: 'Dr. Fail', writerSpecialty: 'IR' } });
      spy.mockRestore();
      expect(res.statusCode).toBe(500);
      expect(await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [world.users.STUDENT.id])).toBe(letters);
      expect(await count('SELECT count(*) AS n FROM recommendation_snapshots WHERE student_id = $1', [world.users.STUDENT.id])).toBe(snaps);
    });
  });

  describe('POST /api/letters/:letterId/transitions', () => {
    it('the mentor commits with a due date: committedAt set, letters.secured goes up in a new snapshot, audited', async () => {
      const letter = await request();
      const securedBefore = await securedNow(world.users.STUDENT.id);
      const noDate = await move(letter.id, { to: 'COMMITTED', version: 1 });
      expect(noDate.statusCode).toBe(400);
      expect(noDate.json()).toMatchObject({ details: [{ field: 'dueDate' }] });
      const res = await move(letter.id, { to: 'COMMITTED', version: 1, dueDate: '2026-08-15', note: 'Strong IR rotation; happy to write.' });
      expect(res.statusCode).toBe(200);
      const committed = res.json<LetterView>();
      expect(committed).toMatchObject({ status: 'COMMITTED', dueDate: '2026-08-15', mentorNote: 'Strong IR rotation; happy to write.', version: 2, submittedAt: null, declinedAt: null });
      expect(committed.committedAt).not.toBeNull();
      expect(await securedNow(world.users.STUDENT.id)).toBe(securedBefore + 1);
      const trigger = await t.db.query<{ trigger: string; actor_id: string }[]>('SELECT trigger, actor_id FROM recommendation_snapshots WHERE student_id = $1 ORDER BY computed_at DESC, id DESC LIMIT 1', [world.users.STUDENT.id]);
      expect(trigger[0]).toEqual({ trigger: 'letter.committed', actor_id: world.users.MENTOR.id });
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.committed'`, [letter.id])).toBe(1);

      const submitted = await move(letter.id, { to: 'SUBMITTED', version: 2 });
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json<LetterView>()).toMatchObject({ status: 'SUBMITTED', version: 3 });
      expect(submitted.json<LetterView>().submittedAt).not.toBeNull();
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.submitted'`, [letter.id])).toBe(1);
    });

    it('a commit may reuse the due date the request already has', async () => {
      const letter = await request({ dueDate: '2026-10-01' });
      const res = await move(letter.id, { to: 'COMMITTED', version: 1 });
      expect(res.statusCode).toBe(200);
      expect(res.json<LetterView>()).toMatchObject({ status: 'COMMITTED', dueDate: '2026-10-01' });
    });

    it('a wrong transition answers 409 with the allowed next statuses, and changes nothing', async () => {
      const letter = await request();
      const toSubmitted = await move(letter.id, { to: 'SUBMITTED', version: 1 });
      expect(toSubmitted.statusCode).toBe(409);
      expect(toSubmitted.json()).toMatchObject({ code: 'CONFLICT', current: { id: letter.id, status: 'REQUESTED' }, allowed: ['COMMITTED', 'DECLINED'] });
      expect(typeof toSubmitted.json<{ message: string }>().message).toBe('string');
      const declined = await move(letter.id, { to: 'DECLINED', version: 1, note: 'On leave this autumn.' }, advisor);
      expect(declined.statusCode).toBe(200);
      expect(declined.json<LetterView>().declinedAt).not.toBeNull();
      const back = await move(letter.id, { to: 'REQUESTED', version: 2 });
      expect(back.statusCode).toBe(409);
      expect(back.json()).toMatchObject({ code: 'CONFLICT', current: { status: 'DECLINED', version: 2 }, allowed: [] });
      expect(await stored(letter.id)).toMatchObject({ status: 'DECLINED', version: 2 });
    });

    it('a stale version answers 409 with the current letter', async () => {
      const letter = await request({ dueDate: '2026-08-01' });
      expect((await move(letter.id, { to: 'COMMITTED', version: 1 })).statusCode).toBe(200);
      const stale = await move(letter.id, { to: 'DECLINED', version: 1 }, admin);
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { id: letter.id, status: 'COMMITTED', version: 2 } });
      expect((await stored(letter.id)).status).toBe('COMMITTED');
    });

    it('students may not move letters (403); another mentor, an unadvised student and another institution answer 404', async () => {
      const letter = await request();
      expect((await move(letter.id, { to: 'COMMITTED', version: 1, dueDate: '2026-08-01' }, student)).statusCode).toBe(403);
      expect((await move(letter.id, { to: 'COMMITTED', version: 1, dueDate: '2026-08-01' }, otherMentor)).statusCode).toBe(404);
      const unadvised = (
        await t.inject({ method: 'POST', url: `/api/students/${world.otherStudent.id}/letters`, headers: auth(admin), payload: { writerName: 'Dr. Ext', writerSpecialty: 'IM' } })
      ).json<LetterView>();
      expect((await move(unadvised.id, { to: 'DECLINED', version: 1 }, advisor)).statusCode).toBe(404);
      for (const token of [mentor, advisor, admin]) expect((await move(foreignLetter.id, { to: 'DECLINED', version: 1 }, token)).statusCode).toBe(404);
      expect((await stored(letter.id)).status).toBe('REQUESTED');
      expect((await stored(foreignLetter.id)).status).toBe('REQUESTED');
    });

    it('bad input names the field', async () => {
      const letter = await request();
      const res = await move(letter.id, { to: 'DONE', version: 'one', dueDate: '2026-13-01' });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toEqual(expect.arrayContaining(['to', 'version', 'dueDate']));
    });
  });

  describe('PATCH /api/letters/:letterId', () => {
    it('the student edits the writer while REQUESTED, but not the mentor note, and not once committed', async () => {
      const letter = await request();
      const ok = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { version: 1, writerName: 'Dr. M. Mentor', writerInUS: false, dueDate: '2026-07-30' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<LetterView>()).toMatchObject({ writerName: 'Dr. M. Mentor', writerInUS: false, dueDate: '2026-07-30', version: 2 });
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.updated'`, [letter.id])).toBe(1);

      const note = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { version: 2, mentorNote: 'please be kind' } });
      expect(note.statusCode).toBe(403);
      expect(note.json()).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'mentorNote' }] });

      expect((await move(letter.id, { to: 'COMMITTED', version: 2 })).statusCode).toBe(200);
      const late = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { version: 3, dueDate: '2026-12-01' } });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ code: 'CONFLICT', current: { status: 'COMMITTED', dueDate: '2026-07-30' } });
      expect('mentorNote' in late.json<{ current: LetterView }>().current).toBe(false);
      expect(await stored(letter.id)).toMatchObject({ version: 3, writer_name: 'Dr. M. Mentor' });
    });

    it('the mentor edits the due date and their private note only; the student never sees the note', async () => {
      const letter = await request();
      const writer = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(mentor), payload: { version: 1, writerName: 'Someone Else', writerSpecialty: 'DR' } });
      expect(writer.statusCode).toBe(403);
      expect(writer.json<{ details: { field: string }[] }>().details.map((d) => d.field).sort()).toEqual(['writerName', 'writerSpecialty']);
      const ok = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(mentor), payload: { version: 1, dueDate: '2026-09-30', mentorNote: 'Mentions only the IR elective.' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<LetterView>()).toMatchObject({ dueDate: '2026-09-30', mentorNote: 'Mentions only the IR elective.', version: 2 });

      const asStudent = (await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(student) })).json<StudentDetail>();
      const seen = asStudent.letters.find((l) => l.id === letter.id);
      expect(seen).toMatchObject({ status: 'REQUESTED', dueDate: '2026-09-30' });
      expect(asStudent.letters.every((l) => !('mentorNote' in l))).toBe(true);
      const studentEdit = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { version: 2, writerSpecialty: 'DR' } });
      expect(studentEdit.statusCode).toBe(200);
      expect('mentorNote' in studentEdit.json<LetterView>()).toBe(false);
      const asAdvisor = (await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(advisor) })).json<StudentDetail>();
      expect(asAdvisor.letters.find((l) => l.id === letter.id)?.mentorNote).toBe('Mentions only the IR elective.');
    });

    it('advisors change anything but status; status goes through transitions', async () => {
      const letter = await request({ dueDate: '2026-08-01' });
      const ok = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(advisor), payload: { version: 1, writerName: 'Dr. Renamed', writerSpecialty: 'DR', writerInUS: false, dueDate: null, mentorNote: 'Advisor: chase in July' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<LetterView>()).toMatchObject({ writerName: 'Dr. Renamed', writerSpecialty: 'DR', writerInUS: false, dueDate: null, mentorNote: 'Advisor: chase in July', version: 2 });
      const status = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(advisor), payload: { version: 2, status: 'SUBMITTED' } });
      expect(status.statusCode).toBe(400);
      expect(status.json()).toMatchObject({ details: [{ field: 'status' }] });
      expect((await stored(letter.id)).status).toBe('REQUESTED');
      expect((await move(letter.id, { to: 'COMMITTED', version: 2, dueDate: '2026-08-02' })).statusCode).toBe(200);
      const clear = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(advisor), payload: { version: 3, dueDate: null } });
      expect(clear.statusCode).toBe(400);
      expect(clear.json()).toMatchObject({ details: [{ field: 'dueDate' }] });
    });

    it('a stale version answers 409 with the current letter and overwrites nothing', async () => {
      const letter = await request();
      const [a, b] = await Promise.all([
        t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { version: 1, writerName: 'Writer A' } }),
        t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(advisor), payload: { version: 1, writerName: 'Writer B' } }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? a : b;
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json()).toMatchObject({ code: 'CONFLICT', current: { id: letter.id, version: 2, writerName: winner.json<LetterView>().writerName } });
      expect(await stored(letter.id)).toMatchObject({ version: 2, writer_name: winner.json<LetterView>().writerName });
    });

    it("other people's letters answer 404, bad input 400 with the field", async () => {
      const letter = await request();
      expect((await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(otherMentor), payload: { version: 1, mentorNote: 'x' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'PATCH', url: letterUrl(foreignLetter.id), headers: auth(admin), payload: { version: 1, dueDate: '2026-08-01' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'PATCH', url: letterUrl(foreignLetter.id), headers: auth(student), payload: { version: 1, dueDate: '2026-08-01' } })).statusCode).toBe(404);
      expect((await t.inject({ method: 'PATCH', url: letterUrl('not-a-uuid'), headers: auth(admin), payload: { version: 1 } })).statusCode).toBe(404);
      const bad = await t.inject({ method: 'PATCH', url: letterUrl(letter.id), headers: auth(student), payload: { writerSpecialty: 'DERM', dueDate: '2026-02-29', extra: 1 } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toEqual(expect.arrayContaining(['version', 'writerSpecialty', 'dueDate', 'extra']));
      expect(await stored(letter.id)).toMatchObject({ version: 1 });
    });
  });

  describe('DELETE /api/letters/:letterId', () => {
    it('the student withdraws a REQUESTED letter but not a committed one; staff may delete any, and the committed letters go back down', async () => {
      const requested = await request();
      const withdrawn = await t.inject({ method: 'DELETE', url: `${letterUrl(requested.id)}?version=1`, headers: auth(student) });
      expect(withdrawn.statusCode).toBe(204);
      expect(await count('SELECT count(*) AS n FROM letter_requests WHERE id = $1', [requested.id])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.withdrawn'`, [requested.id])).toBe(1);

      const committed = await request({ dueDate: '2026-08-20' });
      expect((await move(committed.id, { to: 'COMMITTED', version: 1 })).statusCode).toBe(200);
      const secured = await committedNow(world.users.STUDENT.id);
      const refused = await t.inject({ method: 'DELETE', url: `${letterUrl(committed.id)}?version=2`, headers: auth(student) });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'CONFLICT', current: { id: committed.id, status: 'COMMITTED' } });
      expect((await t.inject({ method: 'DELETE', url: `${letterUrl(committed.id)}?version=2`, headers: auth(mentor) })).statusCode).toBe(403);
      const stale = await t.inject({ method: 'DELETE', url: `${letterUrl(committed.id)}?version=1`, headers: auth(advisor) });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ current: { version: 2 } });
      expect((await t.inject({ method: 'DELETE', url: `${letterUrl(committed.id)}?version=2`, headers: auth(advisor) })).statusCode).toBe(204);
      expect(await committedNow(world.users.STUDENT.id)).toBe(secured - 1);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'letter.deleted'`, [committed.id])).toBe(1);
    });

    it('refuses a missing version and other institutions', async () => {
      const letter = await request();
      const noVersion = await t.inject({ method: 'DELETE', url: letterUrl(letter.id), headers: auth(student) });
      expect(noVersion.statusCode).toBe(400);
      expect(noVersion.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toContain('version');
      expect((await t.inject({ method: 'DELETE', url: `${letterUrl(foreignLetter.id)}?version=1`, headers: auth(admin) })).statusCode).toBe(404);
      expect(await count('SELECT count(*) AS n FROM letter_requests WHERE id = $1', [foreignLetter.id])).toBe(1);
    });
  });

  describe('GET /api/me/letter-requests', () => {
    it("lists the mentor's requests with the student's target: overdue first, then soonest, undated, closed last; one audit event per student", async () => {
      const fresh = await createAdvisingWorld(t, 'Queue');
      const queueMentor = await tokenFor(t, fresh.users.MENTOR.email);
      const adminToken = await tokenFor(t, fresh.users.ADMIN.email);
      const ask = async (studentId: string, payload: Record<string, unknown>): Promise<LetterView> => {
        const res = await t.inject({ method: 'POST', url: `/api/students/${studentId}/letters`, headers: auth(adminToken), payload: { mentorId: fresh.users.MENTOR.id, writerSpecialty: 'IR', ...payload } });
        expect(res.statusCode).toBe(201);
        return res.json<LetterView>();
      };
      const s = fresh.users.STUDENT.id;
      const o = fresh.otherStudent.id;
      const undated = await ask(s, {});
      const later = await ask(o, { dueDate: '2099-12-01' });
      const overdue = await ask(s, { dueDate: '2020-01-15' });
      const soon = await ask(s, { dueDate: '2099-01-10' });
      const done = await ask(o, { dueDate: '2020-01-01' });
      expect((await move(done.id, { to: 'COMMITTED', version: 1 }, queueMentor)).statusCode).toBe(200);
      expect((await move(done.id, { to: 'SUBMITTED', version: 2 }, queueMentor)).statusCode).toBe(200);
      const declined = await ask(s, { dueDate: '2020-02-01' });
      expect((await move(declined.id, { to: 'DECLINED', version: 1, note: 'Too many requests.' }, queueMentor)).statusCode).toBe(200);
      await ask(s, {}).then((l) => t.db.query('UPDATE letter_requests SET mentor_id = NULL WHERE id = $1', [l.id]));

      const auditsBefore = await count(`SELECT count(*) AS n FROM audit_events WHERE actor_id = $1 AND action = 'student.letters.read'`, [fresh.users.MENTOR.id]);
      const res = await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(queueMentor) });
      expect(res.statusCode).toBe(200);
      const queue = res.json<MentorLetterRequestView[]>();
      expect(queue.slice(0, 4).map((l) => l.id)).toEqual([overdue.id, soon.id, later.id, undated.id]);
      expect(queue.slice(4).map((l) => l.id).sort()).toEqual([done.id, declined.id].sort());
      expect(queue.map((l) => l.overdue)).toEqual([true, false, false, false, false, false]);
      expect(queue.find((l) => l.id === later.id)).toMatchObject({ studentTarget: 'DR', student: { id: o } });
      expect(queue.find((l) => l.id === overdue.id)).toMatchObject({ studentTarget: 'IR', student: { id: s } });
      expect(queue.find((l) => l.id === declined.id)?.mentorNote).toBe('Too many requests.');
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE actor_id = $1 AND action = 'student.letters.read'`, [fresh.users.MENTOR.id])).toBe(auditsBefore + 2);

      // Another mentor's queue holds none of these.
      const empty = await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(otherMentor) });
      expect(empty.json<MentorLetterRequestView[]>().some((l) => queue.some((q) => q.id === l.id))).toBe(false);
    });

    it('is for mentors only', async () => {
      for (const token of [student, advisor, admin]) expect((await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(token) })).statusCode).toBe(403);
    });
  });
});
