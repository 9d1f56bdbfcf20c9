import { randomUUID } from 'node:crypto';
import { auth, createTestApp, type TestApp } from '../../apps/api/test/test-app';
import { createRecordWorld, type RecordWorld } from './support';

/** Finding 3 and the concurrency items: double submits make one record; conflicting updates have one winner. */
describe('idempotent creates and concurrent writes (security)', () => {
  let t: TestApp;
  let w: RecordWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createRecordWorld(t, 'Concurrency');
  });
  afterAll(() => t.close());

  const count = async (table: string): Promise<number> => {
    const [row] = await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table} WHERE student_id = $1`, [w.studentId]);
    return Number(row?.n);
  };
  // Research items: creates the rules engine accepts any number of (a passed exam, say, it accepts once).
  const createItem = (key: string | undefined, n = 230, token = w.tokens.ADVISOR) =>
    t.inject({ method: 'POST', url: `/api/students/${w.studentId}/research`, headers: { ...auth(token), ...(key ? { 'idempotency-key': key } : {}) }, payload: { field: 'IR', kind: 'POSTER', status: 'IN_PROGRESS', title: `Poster ${n}` } });

  it('makes one record of N identical creates sent at once with one Idempotency-Key, and answers each the same', async () => {
    const before = await count('research_items');
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 12 }, () => createItem(key)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(201));
    const ids = new Set(answers.map((a) => a.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    expect(await count('research_items')).toBe(before + 1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(11);
    // A repeat later gets the stored answer again.
    const again = await createItem(key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(answers[0]?.json());
    expect(await count('research_items')).toBe(before + 1);
  });

  it('refuses the same key with a different body, and keeps keys apart per user and per route', async () => {
    const key = randomUUID();
    expect((await createItem(key, 231)).statusCode).toBe(201);
    const reused = await createItem(key, 232);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'Idempotency-Key' }] });
    const before = await count('research_items');
    expect((await createItem(key, 231, w.tokens.ADMIN)).statusCode).toBe(201);
    expect(await count('research_items')).toBe(before + 1);
    const note = await t.inject({ method: 'POST', url: `/api/students/${w.studentId}/notes`, headers: { ...auth(w.tokens.ADVISOR), 'idempotency-key': key }, payload: { body: 'Same key, other route' } });
    expect(note.statusCode).toBe(201);
  });

  it('forgets a refused request so that its key can be used for the corrected one, and refuses malformed keys', async () => {
    const key = randomUUID();
    const bad = await t.inject({ method: 'POST', url: `/api/students/${w.studentId}/research`, headers: { ...auth(w.tokens.ADVISOR), 'idempotency-key': key }, payload: { field: 'IR', kind: 'NOT_A_KIND', status: 'IN_PROGRESS', title: 'Poster' } });
    expect(bad.statusCode).toBe(400);
    expect((await createItem(key, 233)).statusCode).toBe(201);
    const malformed = await createItem('x'.repeat(256));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ details: [{ field: 'Idempotency-Key' }] });
  });

  it('never keeps a secret of an answer: a repeated account creation gets no one-time password', async () => {
    const key = randomUUID();
    const payload = { email: `idem-${Date.now()}@test.edu`, displayName: 'Idempotent Mentor', role: 'MENTOR' };
    const create = () => t.inject({ method: 'POST', url: '/api/admin/users', headers: { ...auth(w.tokens.ADMIN), 'idempotency-key': key }, payload });
    const first = await create();
    expect(first.statusCode).toBe(201);
    const oneTimePassword = first.json<{ oneTimePassword: string }>().oneTimePassword;
    expect(oneTimePassword).toBeTruthy();
    const again = await create();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...first.json<Record<string, unknown>>(), oneTimePassword: undefined });
    const stored = await t.db.query<{ response: unknown }[]>(`SELECT response FROM idempotency_keys WHERE key = $1`, [key]);
    expect(JSON.stringify(stored)).not.toContain(oneTimePassword);
  });

  it('creates one record per request without a key, as before', async () => {
    const before = await count('research_items');
    // One after the other: concurrent writes to one student are the database layer's own issue (row locking).
    expect((await createItem(undefined, 240)).statusCode).toBe(201);
    expect((await createItem(undefined, 240)).statusCode).toBe(201);
    expect(await count('research_items')).toBe(before + 2);
  });

  it('lets exactly one of N conflicting updates of one student with the same version win, without a 500', async () => {
    const [exam] = await t.db.query<{ version: number }[]>(`SELECT version FROM exam_attempts WHERE id = $1`, [w.examId]);
    expect(exam).toBeDefined();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.inject({ method: 'PATCH', url: `/api/students/${w.studentId}/exams/${w.examId}`, headers: auth(i % 2 ? w.tokens.ADVISOR : w.tokens.ADMIN), payload: { version: exam?.version, score: 230 + i } }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const winner = answers.find((a) => a.statusCode === 200)?.json<{ score: number; version: number }>();
    const [row] = await t.db.query<{ score: number; version: number }[]>(`SELECT score, version FROM exam_attempts WHERE id = $1`, [w.examId]);
    expect(row).toEqual({ score: winner?.score, version: (exam?.version ?? 0) + 1 });
  });
});
