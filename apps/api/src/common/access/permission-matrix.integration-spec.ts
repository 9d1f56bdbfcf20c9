import { PERMISSIONS, ROLES, type EndpointPermission, type PermissionId, type Role } from '@advising/contracts';
import { type InlineQueue } from '../../modules/jobs/inline.queue';
import { JobQueue } from '../../modules/jobs/job-queue';
import { LetterRequest } from '../../modules/letters/letter-request.entity';
import { ExamAttempt, ResearchItem, Rotation } from '../../modules/records/student-record.entities';
import { Cohort } from '../../modules/cohorts/cohort.entity';
import { StudentProfile } from '../../modules/students/student-profile.entity';
import { createAdvisingWorld, createTestApp, tokenFor, type TestApp } from '../../../test/test-app';

/**
 * The authorization matrix, generated from the one permission table: every endpoint × every role
 * × (a record the role is related to, an unrelated record of the same institution, another
 * institution's record). Expected: 403 for a role the table does not allow; 404 for another
 * institution's record and for records outside the role's scope; success otherwise. After every
 * refused write the data is checked unchanged.
 */
type Relation = 'related' | 'unrelated' | 'other';
type World = Awaited<ReturnType<typeof createAdvisingWorld>>;

interface Fixture {
  a: World;
  b: World;
  cohortA2: string;
  tokens: Record<Role, string>;
}

const TABLES = ['users', 'cohorts', 'cohort_advisors', 'student_profiles', 'exam_attempts', 'rotations', 'research_items', 'letter_requests', 'recommendation_snapshots', 'advisor_overrides', 'advisor_notes', 'audit_events', 'bulk_jobs', 'attention_acknowledgements'];

async function checksum(t: TestApp): Promise<string> {
  const parts = await Promise.all(TABLES.map(async (table) => (await t.db.query<{ h: string | null }[]>(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`))[0].h));
  return parts.join(',');
}

function expected(permission: EndpointPermission, role: Role, relation: Relation | null): number {
  const scope = permission.allow[role];
  if (!scope) return 403;
  if (!permission.resource || relation === null) return permission.success;
  if (relation === 'other') return 404;
  if (relation === 'unrelated' && scope !== 'institution') return 404;
  return permission.success;
}

describe('authorization matrix (integration)', () => {
  let t: TestApp;
  let f: Fixture;
  let seq = 0;
  const unique = (label: string): string => `${label}-${Date.now()}-${seq++}`;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await createAdvisingWorld(t, 'MatrixA');
    const b = await createAdvisingWorld(t, 'MatrixB');
    const cohortA2 = (await t.db.getRepository(Cohort).save({ institutionId: a.institutionId, name: 'Unadvised cohort', matchYear: 2028 })).id;
    await t.db.query('UPDATE student_profiles SET cohort_id = $1 WHERE user_id = $2', [cohortA2, a.otherStudent.id]);
    // The mentor's relationship: the student asked them for a letter.
    await t.db.getRepository(LetterRequest).save({ institutionId: a.institutionId, studentId: a.users.STUDENT.id, mentorId: a.users.MENTOR.id, writerName: a.users.MENTOR.displayName, writerSpecialty: 'IR', writerInUS: true });
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) tokens[role] = await tokenFor(t, a.users[role].email);
    f = { a, b, cohortA2, tokens };
  }, 120_000);
  afterAll(() => t.close());

  /** The record of each kind the request names, for a relation. */
  function studentFor(relation: Relation): { id: string; institutionId: string } {
    if (relation === 'other') return { id: f.b.users.STUDENT.id, institutionId: f.b.institutionId };
    return relation === 'related' ? { id: f.a.users.STUDENT.id, institutionId: f.a.institutionId } : { id: f.a.otherStudent.id, institutionId: f.a.institutionId };
  }

  async function freshLetter(relation: Relation): Promise<LetterRequest> {
    const s = studentFor(relation);
    const mentorId = relation === 'related' ? f.a.users.MENTOR.id : relation === 'other' ? f.b.users.MENTOR.id : null;
    return t.db.getRepository(LetterRequest).save({ institutionId: s.institutionId, studentId: s.id, mentorId, writerName: 'Dr. Writer', writerSpecialty: 'DR', writerInUS: true });
  }

  async function pathParams(permission: EndpointPermission, id: PermissionId, relation: Relation): Promise<Record<string, string>> {
    switch (permission.resource) {
      case 'student': {
        const s = studentFor(relation);
        const params: Record<string, string> = { studentId: s.id };
        // Each exam case starts from no exams, so the record stays one the rules engine accepts
        // (one pass per exam, attempts within the limit) whatever ran before.
        if (id.startsWith('exams.')) await t.db.getRepository(ExamAttempt).delete({ studentId: s.id });
        // Something to acknowledge: a committed letter past its due date.
        if (id === 'students.acknowledgeAttention') {
          await t.db.getRepository(LetterRequest).save({ institutionId: s.institutionId, studentId: s.id, mentorId: null, writerName: 'Dr. Late', writerSpecialty: 'IR', writerInUS: true, status: 'COMMITTED', dueDate: '2026-01-05' });
        }
        if (permission.path.includes(':itemId')) {
          const base = { institutionId: s.institutionId, studentId: s.id };
          const kind = id.split('.')[0];
          const item =
            kind === 'exams'
              ? await t.db.getRepository(ExamAttempt).save({ ...base, exam: 'STEP1', result: 'PASS', score: null, date: null })
              : kind === 'rotations'
                ? await t.db.getRepository(Rotation).save({ ...base, specialty: 'DR', setting: 'HOME', siteName: 'Home', inUS: true, weeks: 2, status: 'PLANNED', startDate: null, endDate: null, outcome: null, evaluatorComment: null })
                : await t.db.getRepository(ResearchItem).save({ ...base, field: 'DR', kind: 'POSTER', status: 'IN_PROGRESS', title: 'Poster', date: null });
          params['itemId'] = item.id;
        }
        return params;
      }
      case 'cohort':
        return { cohortId: relation === 'related' ? f.a.cohortId : relation === 'unrelated' ? f.cohortA2 : f.b.cohortId };
      case 'letter':
        return { letterId: (await freshLetter(relation)).id };
      case 'user':
        return { userId: relation === 'other' ? f.b.users.MENTOR.id : f.a.users.MENTOR.id };
      case 'job': {
        const institutionId = relation === 'other' ? f.b.institutionId : f.a.institutionId;
        const [row] = await t.db.query<{ id: string }[]>(
          `INSERT INTO bulk_jobs (institution_id, kind, trigger, as_of, rules_version, status, total, finished_at) VALUES ($1, 'recompute', 'admin.recompute', '2026-01-15', 'test', 'FAILED', 2, now()) RETURNING id`,
          [institutionId],
        );
        return { jobId: row.id };
      }
      default:
        return {};
    }
  }

  /** A valid request for each endpoint, so an allowed call can succeed. */
  async function request(id: PermissionId, role: Role, params: Record<string, string>): Promise<{ query?: string; payload?: unknown; headers?: Record<string, string> }> {
    const version = async (table: string, key: string, value: string): Promise<number> => (await t.db.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE ${key} = $1`, [value]))[0]?.version ?? 1;
    switch (id) {
      case 'cohorts.create':
        return { payload: { name: unique('Cohort'), matchYear: 2029 } };
      case 'cohorts.update':
        return { payload: { version: await version('cohorts', 'id', params['cohortId']), name: unique('Renamed') } };
      case 'cohorts.setAdvisors': {
        const rows = await t.db.query<{ advisor_id: string }[]>('SELECT advisor_id FROM cohort_advisors WHERE cohort_id = $1', [params['cohortId']]);
        return { payload: { advisorIds: rows.map((r) => r.advisor_id) } };
      }
      case 'cohorts.addStudents': {
        const rows = await t.db.query<{ user_id: string }[]>('SELECT user_id FROM student_profiles WHERE cohort_id = $1', [params['cohortId']]);
        return { payload: { studentIds: rows.map((r) => r.user_id) } };
      }
      case 'cohorts.import':
        return {
          query: 'dryRun=true',
          headers: { 'content-type': 'text/csv' },
          payload: 'email,displayName,applicantType,target,graduationYear,applicationYear,needsVisa,homeProgramHasIR,previousApplications,step1Result,step1Score,step2ckResult,step2ckScore,step2ckDate\nnew-' + String(seq++) + '@test.edu,New Student,US_MD,IR,2027,2026,false,true,0,PASS,,PASS,250,2026-06-01\n',
        };
      case 'students.updateProfile': {
        const p = await t.db.getRepository(StudentProfile).findOneByOrFail({ userId: params['studentId'] });
        return { payload: { version: p.version, applicantType: p.applicantType, target: p.target, graduationYear: p.graduationYear } };
      }
      case 'students.whatIf':
        return { payload: { step2ckScore: 251 } };
      case 'students.override':
        return { payload: { pathway: 'DR', reason: 'Decided with the student after the away rotation' } };
      case 'students.addNote':
        return { payload: { body: 'Met to discuss the plan.' } };
      case 'students.acknowledgeAttention':
        return { payload: { note: 'Called the writer.', followUpOn: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) } };
      case 'exams.create':
        return { payload: { exam: 'STEP3', result: 'SCHEDULED', date: '2027-01-15' } };
      case 'exams.update':
        return { payload: { version: 1, result: 'PASS' } };
      case 'rotations.create':
        return { payload: { specialty: 'IR', setting: 'AWAY', siteName: 'Away site', weeks: 4, status: 'PLANNED' } };
      case 'rotations.update':
        return { payload: { version: 1, weeks: 3 } };
      case 'research.create':
        return { payload: { field: 'IR', kind: 'ABSTRACT', status: 'SUBMITTED', title: 'Embolization outcomes' } };
      case 'research.update':
        return { payload: { version: 1, status: 'ACCEPTED' } };
      case 'exams.delete':
      case 'rotations.delete':
      case 'research.delete':
      case 'letters.delete':
        return { query: 'version=1' };
      case 'letters.create':
        return { payload: { writerName: 'Dr. External', writerSpecialty: 'DR', writerInUS: true } };
      case 'letters.update':
        return { payload: role === 'MENTOR' ? { version: 1, mentorNote: 'Will write after the rotation.' } : { version: 1, dueDate: '2027-08-01' } };
      case 'letters.transition':
        return { payload: { to: 'COMMITTED', version: 1, dueDate: '2027-08-01' } };
      case 'users.create':
        return { payload: { email: `${unique('user')}@test.edu`, displayName: 'New Mentor', role: 'MENTOR', password: 'a-long-enough-password' } };
      case 'users.update':
        return { payload: { version: await version('users', 'id', params['userId']), displayName: unique('Mentor') } };
      default:
        return {};
    }
  }

  const cases: [PermissionId, Role, Relation | null][] = [];
  for (const id of Object.keys(PERMISSIONS) as PermissionId[]) {
    for (const role of ROLES) {
      if (PERMISSIONS[id].resource) for (const relation of ['related', 'unrelated', 'other'] as const) cases.push([id, role, relation]);
      else cases.push([id, role, null]);
    }
  }

  it.each(cases)('%s as %s on a %s record', async (id, role, relation) => {
    const permission: EndpointPermission = PERMISSIONS[id];
    const params = relation ? await pathParams(permission, id, relation) : {};
    const path = permission.path.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] ?? '');
    const req = await request(id, role, params);
    const want = expected(permission, role, relation);
    // Background jobs an earlier case queued must not change the data under this one.
    await (t.app.get(JobQueue) as InlineQueue).idle();
    const before = permission.write && want >= 400 ? await checksum(t) : null;
    const res = await t.inject({
      method: permission.method,
      url: req.query ? `${path}?${req.query}` : path,
      headers: { authorization: `Bearer ${f.tokens[role]}`, ...(req.headers ?? {}) },
      ...(req.payload !== undefined ? { payload: req.payload as string } : {}),
    });
    expect({ status: res.statusCode, body: res.statusCode === want ? undefined : res.body.slice(0, 300) }).toEqual({ status: want, body: undefined });
    await (t.app.get(JobQueue) as InlineQueue).idle();
    if (before !== null) expect(await checksum(t)).toBe(before);
  });
});
