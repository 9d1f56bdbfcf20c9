import type { ExamView, LetterView, ResearchView, StudentDetail } from '@advising/contracts';
import { auth, createAdvisingWorld, createTestApp, signInAll, type AdvisingWorld, type TestApp } from '../../../test/test-app';
import { DomainEvents, type DomainEvent } from '../../common/events/domain-events';
import { RecomputeService } from './recompute.service';
import { requestField } from './student-writes.service';

/**
 * The student write path under concurrency, over real sockets and the real connection pool (on
 * the embedded server as on DATABASE_URL's): concurrent writes to one student queue up on the
 * student's lock and all succeed; no request ever gets someone else's answer.
 */
describe('student writes under concurrency (integration)', () => {
  let t: TestApp;
  let base: string;
  let world: AdvisingWorld;
  let tokens: Awaited<ReturnType<typeof signInAll>>;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    world = await createAdvisingWorld(t, 'Concurrency');
    tokens = await signInAll(t, world);
  });
  afterAll(() => t.close());

  const call = async (method: string, path: string, token: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const res = await fetch(`${base}${path}`, { method, headers: { ...auth(token), ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  };
  const count = async (sql: string, params: unknown[]): Promise<number> => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);

  it('concurrent creates, updates and deletes for one student all succeed: no deadlock, no 500', async () => {
    const studentId = world.users.STUDENT.id;
    const path = `/api/students/${studentId}`;
    // Records to update and delete concurrently with the creates.
    const seeded: ResearchView[] = [];
    for (let i = 0; i < 6; i++) seeded.push((await call('POST', `${path}/research`, tokens.ADVISOR, { field: 'IR', kind: 'POSTER', status: 'IN_PROGRESS', title: `Seed ${i}` })).json as ResearchView);
    const auditsBefore = await count('SELECT count(*) AS n FROM audit_events WHERE student_id = $1', [studentId]);

    const writes = [
      ...Array.from({ length: 12 }, (_, i) => () => call('POST', `${path}/rotations`, i % 2 ? tokens.STUDENT : tokens.ADVISOR, { specialty: 'IR', setting: 'AWAY', weeks: 4, status: 'PLANNED', siteName: `Site ${i}` })),
      ...Array.from({ length: 8 }, (_, i) => () => call('POST', `${path}/research`, tokens.STUDENT, { field: 'DR', kind: 'ABSTRACT', status: 'SUBMITTED', title: `Abstract ${i}` })),
      ...Array.from({ length: 6 }, (_, i) => () => call('POST', `${path}/letters`, tokens.STUDENT, { writerName: `Dr Writer ${i}`, writerSpecialty: 'IR', writerInUS: true })),
      ...seeded.slice(0, 3).map((r) => () => call('PATCH', `${path}/research/${r.id}`, tokens.ADVISOR, { version: r.version, status: 'ACCEPTED' })),
      ...seeded.slice(3).map((r) => () => call('DELETE', `${path}/research/${r.id}?version=${r.version}`, tokens.ADVISOR)),
      () => call('POST', `${path}/exams`, tokens.STUDENT, { exam: 'STEP2CK', result: 'PASS', score: 247, date: '2026-06-01' }),
    ];
    const results = await Promise.all(writes.map((w) => w()));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 200 || s === 201 || s === 204)).toBe(true);

    // Everything acknowledged is there, each with its audit event.
    expect(await count('SELECT count(*) AS n FROM rotations WHERE student_id = $1', [studentId])).toBe(12);
    expect(await count('SELECT count(*) AS n FROM research_items WHERE student_id = $1', [studentId])).toBe(8 + 3);
    expect(await count('SELECT count(*) AS n FROM letter_requests WHERE student_id = $1', [studentId])).toBe(6);
    expect(await count('SELECT count(*) AS n FROM audit_events WHERE student_id = $1', [studentId])).toBe(auditsBefore + writes.length);
    // The writes were serialised: the latest snapshot is the recommendation for all of the facts.
    const fresh = await t.db.transaction((tx) => t.app.get(RecomputeService).recompute(tx, { institutionId: world.institutionId, studentId, trigger: 'check', actorId: null }));
    expect(fresh.snapshot).toBeNull();
  });

  it("many users reading and writing at once each get their own records, never another's", async () => {
    // Two students of two institutions, writing and reading in parallel.
    const other = await createAdvisingWorld(t, 'Crowd');
    const otherTokens = await signInAll(t, other);
    const people = [
      { id: world.users.STUDENT.id, token: tokens.STUDENT, name: world.users.STUDENT.displayName },
      { id: other.users.STUDENT.id, token: otherTokens.STUDENT, name: other.users.STUDENT.displayName },
    ];
    const rounds = 20;
    const results = await Promise.all(
      Array.from({ length: rounds }, (_, round) =>
        people.map(async (p, who) => {
          const write = await call('POST', `/api/students/${p.id}/research`, p.token, { field: 'OTHER', kind: 'QI', status: 'IN_PROGRESS', title: `QI ${who}-${round}` });
          const read = await call('GET', `/api/students/${p.id}`, p.token);
          const mine = await call('GET', '/api/auth/me', p.token);
          const record = await call('GET', '/api/me/record', p.token);
          return { p, write, read, mine, record };
        }),
      ).flat(),
    );
    for (const { p, write, read, mine, record } of results) {
      expect(write.status).toBe(201);
      expect(read.status).toBe(200);
      const detail = read.json as StudentDetail;
      expect(detail.id).toBe(p.id);
      expect(detail.displayName).toBe(p.name);
      for (const letter of detail.letters as LetterView[]) expect(letter.student.id).toBe(p.id);
      expect(mine.status).toBe(200);
      expect(JSON.stringify(mine.json)).toContain(p.id);
      expect(record.status).toBe(200);
      expect(JSON.stringify(record.json)).toContain(p.id);
      expect(JSON.stringify(record.json)).not.toContain(people.find((q) => q.id !== p.id)?.id);
    }
  });

  it('what the rules engine refuses is never stored: a second pass of one exam answers 400 naming the field', async () => {
    const studentId = world.users.STUDENT.id;
    const path = `/api/students/${studentId}/exams`;
    const before = await count('SELECT count(*) AS n FROM exam_attempts WHERE student_id = $1', [studentId]);
    const second = await call('POST', path, tokens.STUDENT, { exam: 'STEP2CK', result: 'PASS', score: 251, date: '2026-07-01' });
    expect(second.status).toBe(400);
    expect((second.json as { details: { field: string }[] }).details.map((d) => d.field)).toContain('result');
    expect(await count('SELECT count(*) AS n FROM exam_attempts WHERE student_id = $1', [studentId])).toBe(before);
    // And the what-if for this student still works.
    const whatIf = await call('POST', `/api/students/${studentId}/what-if`, tokens.STUDENT, { step2ckScore: 240 });
    expect(whatIf.status).toBe(200);
    const exams = (await call('GET', `/api/students/${studentId}`, tokens.STUDENT)).json as { exams: ExamView[] };
    expect(exams.exams.filter((e) => e.exam === 'STEP2CK' && e.result === 'PASS')).toHaveLength(1);
  });
});

describe('domain events of student writes (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let tokens: Awaited<ReturnType<typeof signInAll>>;
  const seen: DomainEvent[] = [];
  const stops: (() => void)[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Events');
    tokens = await signInAll(t, world);
    const events = t.app.get(DomainEvents);
    for (const name of ['student.facts.changed', 'recommendation.changed', 'letter.transitioned'] as const) {
      stops.push(
        events.on(name, async (payload) => {
          // Emitted after commit: another connection already sees the write's own audit event.
          const entityId = 'entityId' in payload ? payload.entityId : null;
          const committed = await t.db.query<{ n: string }[]>('SELECT count(*) AS n FROM audit_events WHERE entity_id = $1', [entityId]);
          seen.push({ name, payload: { ...payload, committedAudits: Number(committed[0].n) } } as unknown as DomainEvent);
        }),
      );
    }
  });
  afterAll(async () => {
    for (const stop of stops) stop();
    await t.close();
  });
  beforeEach(() => (seen.length = 0));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

  it('a write emits student.facts.changed once, after commit, and recommendation.changed when the plan changed', async () => {
    const res = await t.inject({ method: 'POST', url: `/api/students/${world.users.STUDENT.id}/exams`, headers: auth(tokens.STUDENT), payload: { exam: 'STEP2CK', result: 'PASS', score: 231, date: '2026-06-01' } });
    expect(res.statusCode).toBe(201);
    await settle();
    const facts = seen.filter((e) => e.name === 'student.facts.changed');
    expect(facts).toHaveLength(1);
    expect(facts[0].payload).toMatchObject({ studentId: world.users.STUDENT.id, action: 'exam.created', entity: 'exam', entityId: res.json<ExamView>().id, actorId: world.users.STUDENT.id });
    expect((facts[0].payload as unknown as { committedAudits: number }).committedAudits).toBe(1);
    const changed = seen.filter((e) => e.name === 'recommendation.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0].payload).toMatchObject({ trigger: 'exam.created' });
  });

  it('a refused write emits nothing', async () => {
    const res = await t.inject({ method: 'POST', url: `/api/students/${world.users.STUDENT.id}/exams`, headers: auth(tokens.STUDENT), payload: { exam: 'STEP2CK', result: 'PASS', score: 240, date: '2026-07-01' } });
    expect(res.statusCode).toBe(400);
    await settle();
    expect(seen).toEqual([]);
  });

  it('a letter moving from requested to committed emits letter.transitioned', async () => {
    const letter = await t.inject({ method: 'POST', url: `/api/students/${world.users.STUDENT.id}/letters`, headers: auth(tokens.STUDENT), payload: { mentorId: world.users.MENTOR.id, writerSpecialty: 'IR' } });
    expect(letter.statusCode).toBe(201);
    const { id, version } = letter.json<LetterView & { version: number }>();
    seen.length = 0;
    const moved = await t.inject({ method: 'POST', url: `/api/letters/${id}/transitions`, headers: auth(tokens.MENTOR), payload: { to: 'COMMITTED', version, dueDate: '2027-08-01' } });
    expect(moved.statusCode).toBe(200);
    await settle();
    expect(seen.filter((e) => e.name === 'letter.transitioned').map((e) => e.payload)).toEqual([expect.objectContaining({ letterId: id, from: 'REQUESTED', to: 'COMMITTED', actorId: world.users.MENTOR.id })]);
  });
});

describe('requestField', () => {
  it.each([
    ['exams[2].score', 'score'],
    ['rotations[0].outcome', 'outcome'],
    ['exams[1]', 'exams'],
    ['applicationYear', 'applicationYear'],
  ])('%s → %s', (path, field) => expect(requestField(path)).toBe(field));
});
