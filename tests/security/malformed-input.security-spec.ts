import { INT4_MAX } from '../../apps/api/src/common/validation/validators';
import { auth, createTestApp, type TestApp } from '../../apps/api/test/test-app';
import { createRecordWorld, snapshot, type RecordWorld } from './support';

interface ErrorBody {
  statusCode: number;
  code: string;
  details?: { field: string; message: string }[];
}

/** Finding 2: NUL and control characters, explicit nulls and integers past int4 answer 400 naming the field, never 500. */
describe('malformed fields (security)', () => {
  let t: TestApp;
  let w: RecordWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createRecordWorld(t, 'Malformed');
  });
  afterAll(() => t.close());

  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET', url: string, payload?: unknown, role: 'ADVISOR' | 'ADMIN' = 'ADVISOR') =>
    t.inject({ method, url, headers: auth(w.tokens[role]), ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

  async function expectRefused(res: { statusCode: number; json: <T>() => T }, field: string): Promise<void> {
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details?.map((d) => d.field)).toContain(field);
  }

  it('refuses NUL and control characters in every kind of text field and in q', async () => {
    const before = await snapshot(t.db);
    const s = `/api/students/${w.studentId}`;
    await expectRefused(await send('POST', `${s}/rotations`, { specialty: 'IR', setting: 'HOME', siteName: 'Site\u0000', weeks: 4, status: 'PLANNED' }), 'siteName');
    await expectRefused(await send('POST', `${s}/research`, { field: 'IR', kind: 'ABSTRACT', status: 'PUBLISHED', title: 'a\u0007b' }), 'title');
    await expectRefused(await send('POST', `${s}/notes`, { body: 'note \u0000 text' }), 'body');
    await expectRefused(await send('PUT', `${s}/override`, { pathway: 'INTEGRATED_IR', reason: 'long enough reason \u0000' }), 'reason');
    await expectRefused(await send('PATCH', `/api/letters/${w.letterId}`, { version: 1, mentorNote: 'x\u0000' }), 'mentorNote');
    await expectRefused(await send('PATCH', `/api/letters/${w.letterId}`, { version: 1, writerName: 'Dr.\nNobody' }), 'writerName');
    await expectRefused(await send('POST', '/api/cohorts', { name: 'Cohort\u0000', matchYear: 2027 }, 'ADMIN'), 'name');
    await expectRefused(await send('POST', '/api/admin/users', { email: 'new-user@test.edu', displayName: 'New\u0000User', role: 'MENTOR' }, 'ADMIN'), 'displayName');
    await expectRefused(await send('GET', '/api/students?q=%00'), 'q');
    await expectRefused(await send('GET', '/api/admin/users?q=a%00b', undefined, 'ADMIN'), 'q');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('accepts tabs and line breaks in multi-line text', async () => {
    const res = await send('POST', `/api/students/${w.studentId}/notes`, { body: 'first line\n\tsecond line' });
    expect(res.statusCode).toBe(201);
  });

  it('refuses an explicit null for fields that are not nullable, on create and update', async () => {
    const before = await snapshot(t.db);
    const s = `/api/students/${w.studentId}`;
    await expectRefused(await send('PATCH', `${s}/exams/${w.examId}`, { version: 1, exam: null }), 'exam');
    await expectRefused(await send('PATCH', `${s}/rotations/${w.rotationId}`, { version: 1, siteName: null }), 'siteName');
    await expectRefused(await send('PATCH', `${s}/research/${w.researchId}`, { version: 1, title: null }), 'title');
    await expectRefused(await send('PATCH', `/api/letters/${w.letterId}`, { version: 1, writerName: null }), 'writerName');
    await expectRefused(await send('PATCH', `/api/cohorts/${w.cohortId}`, { version: 1, name: null }, 'ADMIN'), 'name');
    await expectRefused(await send('PATCH', `/api/admin/users/${w.users.MENTOR.id}`, { version: 1, displayName: null }, 'ADMIN'), 'displayName');
    await expectRefused(await send('POST', `${s}/rotations`, { specialty: 'IR', setting: 'HOME', siteName: 'Site', weeks: 4, status: 'PLANNED', inUS: null }), 'inUS');
    await expectRefused(await send('POST', '/api/admin/users', { email: 'null-password@test.edu', displayName: 'Null Password', role: 'MENTOR', password: null }, 'ADMIN'), 'password');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets null clear a nullable field', async () => {
    const res = await send('PATCH', `/api/students/${w.studentId}/exams/${w.examId}`, { version: 1, date: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ date: null, version: 2 });
  });

  it('refuses integers outside their column range, in bodies and in the query', async () => {
    const before = await snapshot(t.db);
    const s = `/api/students/${w.studentId}`;
    for (const version of [INT4_MAX + 1, 2 ** 53, -1, 0]) {
      await expectRefused(await send('PATCH', `${s}/research/${w.researchId}`, { version, title: 'New title' }), 'version');
      await expectRefused(await send('PATCH', `/api/cohorts/${w.cohortId}`, { version, name: 'Renamed' }, 'ADMIN'), 'version');
      await expectRefused(await send('PUT', `${s}/profile`, { version, applicantType: 'US_MD', target: 'IR', graduationYear: 2027 }), 'version');
      await expectRefused(await send('DELETE', `${s}/rotations/${w.rotationId}?version=${version}`), 'version');
      await expectRefused(await send('DELETE', `/api/letters/${w.letterId}?version=${version}`), 'version');
    }
    for (const version of ['1e3', ' 1', '0x10', '', '1.0']) await expectRefused(await send('DELETE', `${s}/exams/${w.examId}?version=${encodeURIComponent(version)}`), 'version');
    await expectRefused(await send('POST', `${s}/letters`, { writerName: 'X', writerSpecialty: 'IR', writerInUS: 2 ** 31 }), 'writerInUS');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses forged cursors that would reach SQL with NUL or a malformed id', async () => {
    const forged = Buffer.from(JSON.stringify(['a\u0000', 'not-a-uuid'])).toString('base64url');
    await expectRefused(await send('GET', `/api/admin/users?cursor=${forged}`, undefined, 'ADMIN'), 'cursor');
    const nul = Buffer.from(JSON.stringify(['name', 'x\u0000', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await send('GET', `/api/students?cursor=${nul}`)).statusCode).toBe(400);
  });
});
