import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COHORT_IMPORT_COLUMNS, type StudentDetail } from '@advising/contracts';
import { auth, createTestApp, createInstitution, type TestApp } from '../../apps/api/test/test-app';
import { createRecordWorld, type RecordWorld } from './support';

/** Finding 7: mentors do not get the student's e-mail; no source maps are served; what-if errors name the request's own fields; taken e-mails answer alike in every tenant. */
describe('smaller findings (security)', () => {
  let t: TestApp;
  let w: RecordWorld;
  let web: string;

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Match Compass</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'index-abc123.js'), 'console.log(1);\n//# sourceMappingURL=index-abc123.js.map');
    writeFileSync(join(web, 'assets', 'index-abc123.js.map'), JSON.stringify({ version: 3, sources: ['src/secret-source.ts'], sourcesContent: ['const internal = "full source";'] }));
    t = await createTestApp({ WEB_DIST: web });
    w = await createRecordWorld(t, 'Smaller');
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it("a mentor sees the student's name and target, not their e-mail", async () => {
    const url = `/api/students/${w.studentId}`;
    const asMentor = await t.inject({ method: 'GET', url, headers: auth(w.tokens.MENTOR) });
    expect(asMentor.statusCode).toBe(200);
    expect(asMentor.json<StudentDetail>()).toMatchObject({ displayName: w.users.STUDENT.displayName, target: 'IR', email: null });
    expect(asMentor.body).not.toContain(w.users.STUDENT.email);
    expect((await t.inject({ method: 'GET', url: '/api/me/letter-requests', headers: auth(w.tokens.MENTOR) })).body).not.toContain(w.users.STUDENT.email);
    expect((await t.inject({ method: 'GET', url, headers: auth(w.tokens.ADVISOR) })).json<StudentDetail>().email).toBe(w.users.STUDENT.email);
  });

  it('never serves a source map', async () => {
    expect((await t.inject({ method: 'GET', url: '/assets/index-abc123.js' })).statusCode).toBe(200);
    const map = await t.inject({ method: 'GET', url: '/assets/index-abc123.js.map' });
    expect(map.body).not.toContain('full source');
    expect(map.body).not.toContain('sourcesContent');
  });

  it("names the what-if request's own fields, not the engine's merged profile", async () => {
    const whatIf = (payload: Record<string, unknown>) => t.inject({ method: 'POST', url: `/api/students/${w.studentId}/what-if`, headers: auth(w.tokens.ADVISOR), payload });
    const fields = async (payload: Record<string, unknown>): Promise<string[]> => {
      const res = await whatIf(payload);
      expect(res.statusCode).toBe(400);
      const body = res.json<{ details: { field: string; message: string }[] }>();
      for (const d of body.details) expect(d.message).not.toMatch(/exams\[\d+\]/);
      return body.details.map((d) => d.field);
    };
    expect(await fields({ addExams: [{ exam: 'STEP3', result: 'FAIL', score: 190 }, { exam: 'STEP3', result: 'FAIL', score: 999 }] })).toEqual(['addExams.1.score']);
    expect(await fields({ step2ckScore: 999 })).toEqual(['step2ckScore']);
    expect(await fields({ step2ckScore: 250, addExams: [{ exam: 'STEP1', result: 'MAYBE' }] })).toEqual(['addExams.0.result']);
    const rotation = await fields({ addRotations: [{ specialty: 'IR', setting: 'AWAY', siteName: 'X', inUS: true, weeks: 99, status: 'PLANNED' }] });
    expect(rotation).toContain('addRotations.0.weeks');
    expect(rotation.every((f) => f.startsWith('addRotations.0'))).toBe(true);
    expect(await fields({ profile: { graduationYear: 1800 } })).toContain('profile.graduationYear');
    expect((await whatIf({ step2ckScore: 255 })).statusCode).toBe(200);
  });

  it('answers an e-mail taken in another institution exactly as one taken in the caller’s own, naming no institution', async () => {
    const other = await createInstitution(t.db, 'Elsewhere');
    const create = (email: string) => t.inject({ method: 'POST', url: '/api/admin/users', headers: auth(w.tokens.ADMIN), payload: { email, displayName: 'Duplicate Person', role: 'MENTOR' } });
    const own = await create(w.users.MENTOR.email);
    const elsewhere = await create(other.users.MENTOR.email);
    expect(elsewhere.statusCode).toBe(own.statusCode);
    expect(elsewhere.json()).toEqual(own.json());
    expect(elsewhere.body).not.toContain(other.institution.name);
    const csv = (email: string) => `${COHORT_IMPORT_COLUMNS.join(',')}\n${COHORT_IMPORT_COLUMNS.map((c) => ({ email, displayName: 'Some Student', applicantType: 'US_MD', target: 'IR', graduationYear: '2027' })[c as string] ?? '').join(',')}\n`;
    const importRow = async (email: string) => {
      const res = await t.inject({ method: 'POST', url: `/api/cohorts/${w.cohortId}/import?dryRun=true`, headers: { ...auth(w.tokens.ADMIN), 'content-type': 'text/csv' }, payload: csv(email) });
      return { status: res.statusCode, errors: res.json<{ rows: { errors: unknown[] }[] }>().rows.map((r) => r.errors) };
    };
    const ownStaff = await importRow(w.users.ADVISOR.email);
    const otherStudent = await importRow(other.users.STUDENT.email);
    expect(otherStudent).toEqual(ownStaff);
    expect(JSON.stringify(otherStudent)).not.toContain(other.institution.name);
  });
});
