import fc from 'fast-check';
import type { Role } from '@advising/contracts';
import { auth, createTestApp, TEST_JWT_SECRET, type TestApp } from '../../apps/api/test/test-app';
import { createRecordWorld, snapshot, type RecordWorld } from './support';

/** Fixed, so a failure replays exactly; runs per write endpoint. */
const SEED = 20261129;
const RUNS = 500;

interface WriteEndpoint {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (w: RecordWorld) => string;
  role: Role | null;
  /** A body the endpoint accepts. */
  valid: (w: RecordWorld) => Record<string, unknown>;
  /** Required fields: each generated body gives at least one of them a value no endpoint accepts. */
  required: string[];
}

const s = (w: RecordWorld): string => `/api/students/${w.studentId}`;
const ENDPOINTS: WriteEndpoint[] = [
  { method: 'POST', url: () => '/api/auth/login', role: null, valid: () => ({ email: 'someone@test.edu', password: 'a password' }), required: ['email', 'password'] },
  { method: 'POST', url: () => '/api/auth/refresh', role: null, valid: () => ({ refreshToken: 'x'.repeat(43) }), required: ['refreshToken'] },
  { method: 'POST', url: () => '/api/admin/users', role: 'ADMIN', valid: () => ({ email: 'fuzz-new@test.edu', displayName: 'Fuzz New', role: 'MENTOR', password: 'a long fuzz passphrase 42' }), required: ['email', 'displayName', 'role'] },
  { method: 'PATCH', url: (w) => `/api/admin/users/${w.users.MENTOR.id}`, role: 'ADMIN', valid: () => ({ version: 1, displayName: 'Renamed Mentor' }), required: ['version'] },
  { method: 'POST', url: () => '/api/cohorts', role: 'ADMIN', valid: () => ({ name: 'Fuzz cohort', matchYear: 2028 }), required: ['name', 'matchYear'] },
  { method: 'PATCH', url: (w) => `/api/cohorts/${w.cohortId}`, role: 'ADMIN', valid: () => ({ version: 1, name: 'Renamed cohort' }), required: ['version'] },
  { method: 'PUT', url: (w) => `/api/cohorts/${w.cohortId}/advisors`, role: 'ADMIN', valid: (w) => ({ advisorIds: [w.users.ADVISOR.id] }), required: ['advisorIds'] },
  { method: 'POST', url: (w) => `/api/cohorts/${w.cohortId}/students`, role: 'ADMIN', valid: (w) => ({ studentIds: [w.otherStudent.id] }), required: ['studentIds'] },
  { method: 'POST', url: (w) => `${s(w)}/letters`, role: 'STUDENT', valid: () => ({ writerName: 'Dr. Fuzz', writerSpecialty: 'DR', writerInUS: true, dueDate: '2026-09-01' }), required: ['writerSpecialty'] },
  { method: 'PATCH', url: (w) => `/api/letters/${w.letterId}`, role: 'ADVISOR', valid: () => ({ version: 1, writerName: 'Dr. Other', mentorNote: 'note' }), required: ['version'] },
  { method: 'POST', url: (w) => `/api/letters/${w.letterId}/transitions`, role: 'MENTOR', valid: () => ({ to: 'COMMITTED', version: 1, dueDate: '2026-09-01' }), required: ['to', 'version'] },
  { method: 'POST', url: (w) => `${s(w)}/notes`, role: 'ADVISOR', valid: () => ({ body: 'A note' }), required: ['body'] },
  { method: 'POST', url: (w) => `${s(w)}/attention-acknowledgements`, role: 'ADVISOR', valid: () => ({ note: 'Called the writer.', followUpOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) }), required: ['note', 'followUpOn'] },
  { method: 'POST', url: (w) => `${s(w)}/what-if`, role: 'STUDENT', valid: () => ({ step2ckScore: 250, addExams: [{ exam: 'STEP3', result: 'PASS', score: 220 }] }), required: ['step2ckScore'] },
  { method: 'PUT', url: (w) => `${s(w)}/override`, role: 'ADVISOR', valid: () => ({ pathway: 'DR_THEN_IR', reason: 'Discussed with the student at length' }), required: ['pathway', 'reason'] },
  { method: 'PUT', url: (w) => `${s(w)}/profile`, role: 'ADVISOR', valid: () => ({ version: 1, applicantType: 'US_MD', target: 'DR', graduationYear: 2027, previousApplications: 1 }), required: ['version', 'applicantType', 'graduationYear'] },
  { method: 'POST', url: (w) => `${s(w)}/exams`, role: 'ADVISOR', valid: () => ({ exam: 'STEP3', result: 'PASS', score: 220, date: '2026-05-01' }), required: ['exam', 'result'] },
  { method: 'PATCH', url: (w) => `${s(w)}/exams/${w.examId}`, role: 'ADVISOR', valid: () => ({ version: 1, score: 245 }), required: ['version'] },
  { method: 'POST', url: (w) => `${s(w)}/rotations`, role: 'ADVISOR', valid: () => ({ specialty: 'DR', setting: 'AWAY', siteName: 'Away Hospital', weeks: 4, status: 'PLANNED' }), required: ['specialty', 'siteName', 'weeks'] },
  { method: 'PATCH', url: (w) => `${s(w)}/rotations/${w.rotationId}`, role: 'ADVISOR', valid: () => ({ version: 1, weeks: 3, evaluatorComment: 'Strong' }), required: ['version'] },
  { method: 'POST', url: (w) => `${s(w)}/research`, role: 'ADVISOR', valid: () => ({ field: 'DR', kind: 'POSTER', status: 'IN_PROGRESS', title: 'A study' }), required: ['field', 'title'] },
  { method: 'PATCH', url: (w) => `${s(w)}/research/${w.researchId}`, role: 'ADVISOR', valid: () => ({ version: 1, title: 'Another study' }), required: ['version'] },
  // DELETE takes its version from the query: the fuzzed value goes there.
  { method: 'DELETE', url: (w) => `${s(w)}/exams/${w.examId}`, role: 'ADVISOR', valid: () => ({ version: 1 }), required: ['version'] },
  { method: 'DELETE', url: (w) => `/api/letters/${w.letterId}`, role: 'ADVISOR', valid: () => ({ version: 1 }), required: ['version'] },
];

const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) });
const withNul = fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`);
const oddUnicode = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });

/** A value no field of ours accepts where a required field is expected. */
const refused: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant({}),
  fc.constant([null]),
  fc.array(fc.anything({ maxDepth: 2 }), { minLength: 1, maxLength: 5 }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, 0.5, -7.25),
  withNul,
  fc.constant('x'.repeat(20_000)),
  fc.constant(deep(40)),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }),
);

/** Anything at all for the other fields, including values that would be accepted. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  refused,
  fc.jsonValue({ maxDepth: 3 }),
  oddUnicode,
  fc.boolean(),
  fc.integer(),
  fc.constant(''),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
);

interface Generated {
  body: Record<string, unknown>;
  extra: [string, unknown][];
  prototypeKey: '__proto__' | 'constructor' | null;
}

function bodies(endpoint: WriteEndpoint, w: RecordWorld): fc.Arbitrary<Generated> {
  const valid = endpoint.valid(w);
  const keys = Object.keys(valid);
  return fc
    .record({
      broken: fc.subarray(endpoint.required, { minLength: 1 }),
      brokenValues: fc.array(refused, { minLength: endpoint.required.length, maxLength: endpoint.required.length }),
      others: fc.dictionary(fc.constantFrom(...keys), hostile, { maxKeys: keys.length }),
      dropped: fc.subarray(keys),
      extra: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), hostile), { maxLength: 3 }),
      prototypeKey: fc.constantFrom<'__proto__' | 'constructor' | null>(null, null, '__proto__', 'constructor'),
    })
    .map(({ broken, brokenValues, others, dropped, extra, prototypeKey }) => {
      const body: Record<string, unknown> = { ...valid };
      for (const key of dropped) if (!broken.includes(key)) delete body[key];
      for (const [key, value] of Object.entries(others)) if (!broken.includes(key)) body[key] = value;
      broken.forEach((key, i) => (body[key] = brokenValues[i]));
      return { body, extra: extra.filter(([k]) => !(k in valid)), prototypeKey };
    });
}

/** The JSON text sent: the body, any extra keys, and perhaps a prototype key Fastify must refuse. */
function toJson(g: Generated): string {
  const members = [...Object.entries(g.body), ...g.extra].map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`);
  if (g.prototypeKey === '__proto__') members.unshift('"__proto__":{"role":"ADMIN"}');
  if (g.prototypeKey === 'constructor') members.unshift('"constructor":{"prototype":{"role":"ADMIN"}}');
  return `{${members.join(',')}}`;
}

/** What no response may carry: stack traces, SQL, driver errors, hashes or secrets. */
const LEAKS = [/\bat .+\(.+:\d+:\d+\)/, /\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b/i, /QueryFailed|violates|duplicate key|syntax error/i, /\$argon2/, new RegExp(TEST_JWT_SECRET), /"stack"/];

describe('fuzzed bodies on every write endpoint (security)', () => {
  let t: TestApp;
  let w: RecordWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createRecordWorld(t, 'Fuzz');
  });
  afterAll(() => t.close());

  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.url({ studentId: ':studentId', cohortId: ':cohortId', letterId: ':letterId', examId: ':itemId', rotationId: ':itemId', researchId: ':itemId', users: { MENTOR: { id: ':userId' } } } as unknown as RecordWorld)}`, e] as const))(
    '%s',
    async (_name, endpoint) => {
      const before = await snapshot(t.db);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(bodies(endpoint, w), async (generated) => {
          const headers = { ...(endpoint.role ? auth(w.tokens[endpoint.role]) : {}), 'content-type': 'application/json' };
          const res =
            endpoint.method === 'DELETE'
              ? await t.inject({ method: 'DELETE', url: `${endpoint.url(w)}?version=${encodeURIComponent(typeof generated.body['version'] === 'string' ? generated.body['version'] : JSON.stringify(generated.body['version']) ?? '')}`, headers: endpoint.role ? auth(w.tokens[endpoint.role]) : {} })
              : await t.inject({ method: endpoint.method, url: endpoint.url(w), headers, payload: toJson(generated), remoteAddress: `203.0.113.${(statuses.size % 200) + 1}` });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
          const body = res.json<{ statusCode: number; message: string }>();
          expect(body.statusCode).toBe(res.statusCode);
          expect(typeof body.message).toBe('string');
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
      expect(await snapshot(t.db)).toEqual(before);
    },
  );
});
