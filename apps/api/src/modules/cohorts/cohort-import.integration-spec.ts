import type { CohortView, ImportResult } from '@advising/contracts';
import { parse } from 'csv-parse/sync';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp, tokenFor } from '../../../test/test-app';
import { addStudent } from '../../../test/cohort-test-support';
import { IMPORT_COLUMNS } from './import-csv';

const HEADER = IMPORT_COLUMNS.join(',');

describe('cohort CSV import and export (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let other: AdvisingWorld;
  let admin: string;
  let advisor: string;
  let student: string;
  let mentor: string;
  const tag = Math.random().toString(36).slice(2, 8);
  const email = (name: string) => `${name}-${tag}@import.test`;
  const send = (token: string, cohortId: string, body: string | Buffer, { dryRun = false, contentType = 'text/csv' } = {}) =>
    t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/import?dryRun=${dryRun}`, headers: { ...auth(token), 'content-type': contentType }, payload: body });
  const snapshot = async () =>
    (
      await t.db.query<{ users: string; profiles: string; snapshots: string; exams: string; audits: string }[]>(
        `SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM student_profiles) AS profiles, (SELECT count(*) FROM recommendation_snapshots) AS snapshots,
                (SELECT count(*) FROM exam_attempts) AS exams, (SELECT count(*) FROM audit_events) AS audits`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Import');
    other = await createAdvisingWorld(t, 'Foreign');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
  });
  afterAll(() => t.close());

  const good = [
    HEADER,
    `${email('ana')},Ana Lima,US_MD,IR,2027,2026,false,true,0,PASS,,PASS,248,2026-06-20`,
    `${email('raj')},"Patel, Raj",NON_US_IMG,DR,2022,,,,1,PASS,231,PASS,219,`,
    `${email('sam')},Sam O'Neil,us_do,ir,2027,,no,yes,,,,SCHEDULED,,2026-08-01`,
  ].join('\n');

  it('a dry run reports per row and writes nothing', async () => {
    const before = await snapshot();
    const res = await send(advisor, world.cohortId, good, { dryRun: true });
    expect(res.statusCode).toBe(201);
    expect(res.json<ImportResult>()).toEqual({
      dryRun: true,
      created: 3,
      updated: 0,
      failed: 0,
      rows: [
        { row: 2, ok: true, email: email('ana'), errors: [] },
        { row: 3, ok: true, email: email('raj'), errors: [] },
        { row: 4, ok: true, email: email('sam'), errors: [] },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('reports every bad cell with its row and column', async () => {
    const csv = [
      HEADER,
      `not-an-email,,ALIEN,ENT,19x,1800,maybe,true,11,PASS,301,SCHEDULED,250,2026-02-30`,
      `${email('dup')},Dup One,US_MD,IR,2027,,,,,,,,,`,
      `${email('dup')},Dup Two,US_MD,IR,2027,,,,,,200,,,`,
      `${email('short')},Too short`,
      `${world.users.MENTOR.email},A Mentor,US_MD,IR,2027,,,,,,,,,`,
      `${other.users.STUDENT.email},Foreign Student,US_MD,IR,2027,,,,,,,,,`,
    ].join('\r\n');
    const before = await snapshot();
    const res = await send(admin, world.cohortId, csv, { dryRun: true });
    expect(res.statusCode).toBe(201);
    const result = res.json<ImportResult>();
    expect(result).toMatchObject({ dryRun: true, failed: 5, created: 1 });
    const columns = (row: number) => result.rows.find((r) => r.row === row)?.errors.map((e) => e.column).sort();
    expect(columns(2)).toEqual(['applicantType', 'applicationYear', 'displayName', 'email', 'graduationYear', 'needsVisa', 'previousApplications', 'step1Score', 'step2ckDate', 'step2ckScore', 'target']);
    expect(result.rows.find((r) => r.row === 3)).toMatchObject({ ok: true });
    expect(columns(4)).toEqual(['email', 'step1Result']);
    expect(result.rows.find((r) => r.row === 4)?.errors).toContainEqual({ column: 'email', message: 'appears already in row 3' });
    expect(columns(5)).toEqual(['*']);
    expect(columns(6)).toEqual(['email']);
    expect(columns(7)).toEqual(['email']);
    // Nothing tells which institution the foreign email belongs to.
    expect(JSON.stringify(result.rows.find((r) => r.row === 7))).not.toContain('Foreign');
    expect(await snapshot()).toEqual(before);
  });

  it('a real import with one bad row writes nothing and answers 400 with the per-row results', async () => {
    const before = await snapshot();
    const res = await send(admin, world.cohortId, `${good}\n${email('bad')},Bad Row,US_MD,IR,2027,,,,,,,PASS,999,`);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; details: { field: string }[]; result: ImportResult }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual([{ field: 'row:5 col:step2ckScore', message: 'must be between 1 and 300' }]);
    expect(body.result).toMatchObject({ dryRun: false, failed: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('a real import creates students in the cohort, each with a first recommendation, no usable password, audited', async () => {
    const before = await snapshot();
    const res = await send(advisor, world.cohortId, good);
    expect(res.statusCode).toBe(201);
    expect(res.json<ImportResult>()).toMatchObject({ dryRun: false, created: 3, updated: 0, failed: 0 });
    const rows = await t.db.query<{ email: string; role: string; password_hash: string; cohort_id: string; needs_visa: boolean; snaps: string; exams: string }[]>(
      `SELECT u.email, u.role, u.password_hash, sp.cohort_id, sp.needs_visa,
              (SELECT count(*) FROM recommendation_snapshots rs WHERE rs.student_id = u.id) AS snaps,
              (SELECT count(*) FROM exam_attempts e WHERE e.student_id = u.id) AS exams
         FROM users u JOIN student_profiles sp ON sp.user_id = u.id WHERE u.email = ANY($1) ORDER BY u.email`,
      [[email('ana'), email('raj'), email('sam')]],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ role: 'STUDENT', cohort_id: world.cohortId });
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(Number(row.snaps)).toBeGreaterThanOrEqual(1);
    }
    expect(rows.map((r) => Number(r.exams))).toEqual([2, 2, 1]);
    expect(rows.find((r) => r.email === email('raj'))?.needs_visa).toBe(true);
    const signIn = await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: email('ana'), password: '' }, remoteAddress: '203.0.113.9' });
    expect(signIn.statusCode).not.toBe(200);
    const after = await snapshot();
    expect(Number(after.users) - Number(before.users)).toBe(3);
    expect(Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'cohort.imported' AND entity_id = $1`, [world.cohortId]))[0].n)).toBe(1);
    const cohort = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(advisor) })).json<CohortView[]>().find((c) => c.id === world.cohortId);
    expect(cohort?.studentCount).toBe(4);
  });

  it('importing again updates the profiles and adds only exams not already recorded', async () => {
    const changed = good.replace('US_MD,IR,2027,2026,false,true,0', 'US_MD,DR,2027,2026,false,true,2').replace('PASS,219,', 'PASS,219,\n');
    const res = await send(advisor, world.cohortId, `${changed}\n${email('new')},New Person,US_MD,IR,2027,,,,,,,,,`);
    expect(res.statusCode).toBe(201);
    expect(res.json<ImportResult>()).toMatchObject({ created: 1, updated: 3, failed: 0 });
    const ana = (await t.db.query<{ target: string; previous_applications: number; version: number; exams: string }[]>(
      `SELECT sp.target, sp.previous_applications, sp.version, (SELECT count(*) FROM exam_attempts e WHERE e.student_id = sp.user_id) AS exams
         FROM student_profiles sp JOIN users u ON u.id = sp.user_id WHERE u.email = $1`,
      [email('ana')],
    ))[0];
    expect(ana).toMatchObject({ target: 'DR', previous_applications: 2, version: 2, exams: '2' });
  });

  it('advisors cannot pull in students from elsewhere; admins move them', async () => {
    const actor = { id: world.users.ADMIN.id, institutionId: world.institutionId };
    const elsewhere = (await t.inject({ method: 'POST', url: '/api/cohorts', headers: auth(admin), payload: { name: `Elsewhere ${tag}`, matchYear: 2027 } })).json<CohortView>();
    const moved = await addStudent(t, actor, { displayName: 'Mover', cohortId: elsewhere.id });
    const csv = `${HEADER}\n${moved.email},Mover,US_MD,IR,2027,,,,,,,,,`;
    const refused = await send(advisor, world.cohortId, csv, { dryRun: true });
    expect(refused.json<ImportResult>().rows[0].errors).toEqual([{ column: 'email', message: expect.stringContaining('outside this cohort') }]);
    expect((await send(advisor, world.cohortId, csv)).statusCode).toBe(400);
    const ok = await send(admin, world.cohortId, csv);
    expect(ok.json<ImportResult>()).toMatchObject({ updated: 1, created: 0 });
    expect((await t.db.query<{ cohort_id: string }[]>('SELECT cohort_id FROM student_profiles WHERE user_id = $1', [moved.id]))[0].cohort_id).toBe(world.cohortId);
  });

  it('a wrong or missing header is 400 naming the columns', async () => {
    const res = await send(admin, world.cohortId, `email,name,applicantType\nx@y.z,X,US_MD`);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ message: string; details: { field: string; message: string }[] }>();
    expect(body.message).toContain(HEADER);
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: 'header', message: expect.stringContaining('missing columns: displayName, target, graduationYear') },
        { field: 'header', message: 'unknown columns: "name"' },
      ]),
    );
    expect((await send(admin, world.cohortId, `${HEADER}\n`)).statusCode).toBe(400);
    expect((await send(admin, world.cohortId, '')).statusCode).toBe(400);
    expect((await send(admin, world.cohortId, `${HEADER}\n"unclosed,quote`)).statusCode).toBe(400);
    // Columns in another order are fine.
    const reordered = [...IMPORT_COLUMNS].reverse().join(',');
    expect((await send(admin, world.cohortId, `${reordered}\n,,,,,0,,,,2027,IR,US_MD,Rev Erse,${email('rev')}`, { dryRun: true })).json<ImportResult>()).toMatchObject({ failed: 0, created: 1 });
  });

  it('junk is refused with a 4xx, never a 500', async () => {
    const junk = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const big = await send(admin, world.cohortId, junk);
    expect(big.statusCode).toBe(413);
    expect(big.json<{ message: string }>().message).toContain('5 MB');
    const small = await send(admin, world.cohortId, junk.subarray(0, 4096));
    expect(small.statusCode).toBe(400);
    expect((await send(admin, world.cohortId, junk.subarray(0, 4096), { contentType: 'application/octet-stream' })).statusCode).toBe(415);
    const json = await t.inject({ method: 'POST', url: `/api/cohorts/${world.cohortId}/import`, headers: auth(admin), payload: { csv: HEADER } });
    expect(json.statusCode).toBe(400);
    expect(json.json<{ details: { field: string }[] }>().details).toEqual([{ field: 'body', message: 'must be CSV text' }]);
    const tooMany = [HEADER, ...Array.from({ length: 1001 }, (_, i) => `${email(`m${i}`)},M,US_MD,IR,2027,,,,,,,,,`)].join('\n');
    expect((await send(admin, world.cohortId, tooMany, { dryRun: true })).statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: `/api/cohorts/${world.cohortId}/import?dryRun=perhaps`, headers: { ...auth(admin), 'content-type': 'text/csv' }, payload: good })).statusCode).toBe(400);
  });

  it('students and mentors may not import; another institution gets 404', async () => {
    for (const token of [student, mentor]) expect((await send(token, world.cohortId, good, { dryRun: true })).statusCode).toBe(403);
    const foreignAdmin = await tokenFor(t, other.users.ADMIN.email);
    expect((await send(foreignAdmin, world.cohortId, good, { dryRun: true })).statusCode).toBe(404);
  });

  it('exports the cohort table as CSV, formulas neutralised', async () => {
    const actor = { id: world.users.ADMIN.id, institutionId: world.institutionId };
    const evil = await addStudent(t, actor, { displayName: '=HYPERLINK("http://x.test","click")', cohortId: world.cohortId });
    const res = await t.inject({ method: 'GET', url: `/api/cohorts/${world.cohortId}/export.csv`, headers: auth(advisor) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cohort-match-2027-import.csv"');
    const records = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0])).toEqual([
      'id', 'displayName', 'email', 'applicantType', 'target', 'step2ck', 'bandIR', 'bandDR', 'pathway', 'overridePathway', 'pathwayMonthAgo',
      'lettersSecured', 'lettersNeeded', 'lettersAtRisk', 'rotationsCompleted', 'rotationsTotal', 'criticalFlags', 'flags',
    ]);
    const cohortSize = Number((await t.db.query<{ n: string }[]>('SELECT count(*) AS n FROM student_profiles WHERE cohort_id = $1', [world.cohortId]))[0].n);
    expect(records).toHaveLength(cohortSize);
    expect(records.find((r) => r['id'] === evil.id)?.['displayName']).toBe(`'=HYPERLINK("http://x.test","click")`);
    const ana = records.find((r) => r['email'] === email('ana'));
    expect(ana).toMatchObject({ step2ck: '248', target: 'DR' });
    expect(ana?.['flags'].split(';').length).toBeGreaterThan(0);
    expect(Number((await t.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.exported' AND entity_id = $1`, [world.cohortId]))[0].n)).toBe(cohortSize);
    for (const token of [student, mentor]) expect((await t.inject({ method: 'GET', url: `/api/cohorts/${world.cohortId}/export.csv`, headers: auth(token) })).statusCode).toBe(403);
  });
});
