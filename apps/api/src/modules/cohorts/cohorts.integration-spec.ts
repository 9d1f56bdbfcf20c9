import type { CohortView } from '@advising/contracts';
import { type AdvisingWorld, auth, createAdvisingWorld, createInstitution, createTestApp, signInAll, type TestApp, tokenFor } from '../../../test/test-app';
import { User } from '../users/user.entity';

describe('cohorts (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let other: AdvisingWorld;
  let admin: string;
  let advisor: string;
  let student: string;
  let mentor: string;
  let otherAdmin: string;
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);
  const audits = (action: string, entityId: string) => count('SELECT count(*) AS n FROM audit_events WHERE action = $1 AND entity_id = $2', [action, entityId]);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Cohorts');
    other = await createAdvisingWorld(t, 'Elsewhere');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
    otherAdmin = await tokenFor(t, other.users.ADMIN.email);
  });
  afterAll(() => t.close());

  const create = (token: string, payload: Record<string, unknown>) => t.inject({ method: 'POST', url: '/api/cohorts', headers: auth(token), payload });

  it('an admin creates a cohort: 201 with the view, audited', async () => {
    const res = await create(admin, { name: '  Match 2028  ', matchYear: 2028 });
    expect(res.statusCode).toBe(201);
    const cohort = res.json<CohortView>();
    expect(cohort).toEqual({ id: expect.any(String), name: 'Match 2028', matchYear: 2028, advisors: [], studentCount: 0, needsAttention: 0, version: 1 });
    expect(await audits('cohort.created', cohort.id)).toBe(1);
  });

  it('a duplicate name in the same institution is 409; another institution may use it', async () => {
    await create(admin, { name: 'Dup cohort', matchYear: 2027 });
    const dup = await create(admin, { name: 'Dup cohort', matchYear: 2029 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'CONFLICT', details: [{ field: 'name' }] });
    expect((await create(otherAdmin, { name: 'Dup cohort', matchYear: 2027 })).statusCode).toBe(201);
  });

  it('bad input names the field', async () => {
    const res = await create(admin, { name: '', matchYear: 1999, extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: { field: string }[] }>().details.map((d) => d.field).sort()).toEqual(['extra', 'matchYear', 'name']);
    const long = await create(admin, { name: 'x'.repeat(201), matchYear: 2101 });
    expect(long.json<{ details: { field: string }[] }>().details.map((d) => d.field).sort()).toEqual(['matchYear', 'name']);
  });

  it('only admins create; students and mentors get 403, advisors too', async () => {
    for (const token of [advisor, student, mentor]) expect((await create(token, { name: 'Nope', matchYear: 2027 })).statusCode).toBe(403);
    expect(await count(`SELECT count(*) AS n FROM cohorts WHERE name = 'Nope'`, [])).toBe(0);
  });

  it('lists all cohorts for the admin, the advised ones for the advisor, with counts', async () => {
    const asAdmin = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(admin) })).json<CohortView[]>();
    expect(asAdmin.map((c) => c.name)).toEqual(expect.arrayContaining(['Match 2027 Cohorts', 'Match 2028', 'Dup cohort']));
    expect(asAdmin.every((c) => c.name !== 'Match 2027 Elsewhere')).toBe(true);
    const mine = asAdmin.find((c) => c.id === world.cohortId);
    expect(mine).toMatchObject({ studentCount: 1, advisors: [{ id: world.users.ADVISOR.id, displayName: world.users.ADVISOR.displayName }] });
    // A new IR student has no IR rotation (a critical flag) and no letters yet: they need attention.
    expect(mine?.needsAttention).toBe(1);
    const asAdvisor = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(advisor) })).json<CohortView[]>();
    expect(asAdvisor.map((c) => c.id)).toEqual([world.cohortId]);
    for (const token of [student, mentor]) expect((await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(token) })).statusCode).toBe(403);
  });

  it('PATCH renames with the version; a stale version is 409 with the current cohort', async () => {
    const cohort = (await create(admin, { name: 'Rename me', matchYear: 2027 })).json<CohortView>();
    const url = `/api/cohorts/${cohort.id}`;
    const ok = await t.inject({ method: 'PATCH', url, headers: auth(admin), payload: { name: 'Renamed', version: 1 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<CohortView>()).toMatchObject({ name: 'Renamed', matchYear: 2027, version: 2 });
    const stale = await t.inject({ method: 'PATCH', url, headers: auth(admin), payload: { matchYear: 2030, version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { id: cohort.id, name: 'Renamed', version: 2, advisors: [] } });
    const dup = await t.inject({ method: 'PATCH', url, headers: auth(admin), payload: { name: 'Dup cohort', version: 2 } });
    expect(dup.statusCode).toBe(409);
    expect((await t.db.query<{ name: string; match_year: number }[]>('SELECT name, match_year FROM cohorts WHERE id = $1', [cohort.id]))[0]).toEqual({ name: 'Renamed', match_year: 2027 });
    expect(await audits('cohort.updated', cohort.id)).toBe(1);
    expect((await t.inject({ method: 'PATCH', url, headers: auth(advisor), payload: { name: 'x', version: 2 } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'PATCH', url, headers: auth(otherAdmin), payload: { name: 'x', version: 2 } })).statusCode).toBe(404);
  });

  it('PUT advisors sets the list; non-advisors, other institutions and deactivated accounts are 400 by index', async () => {
    const cohort = (await create(admin, { name: 'Advised', matchYear: 2027 })).json<CohortView>();
    const url = `/api/cohorts/${cohort.id}/advisors`;
    const inactive = await t.db.getRepository(User).save({ institutionId: world.institutionId, role: 'ADVISOR', email: `gone-${cohort.id.slice(0, 8)}@test.edu`, displayName: 'Gone Advisor', passwordHash: 'x', active: false });
    const bad = await t.inject({ method: 'PUT', url, headers: auth(admin), payload: { advisorIds: [world.users.ADVISOR.id, world.users.MENTOR.id, other.users.ADVISOR.id, inactive.id] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toEqual(['advisorIds.1', 'advisorIds.2', 'advisorIds.3']);
    expect(await count('SELECT count(*) AS n FROM cohort_advisors WHERE cohort_id = $1', [cohort.id])).toBe(0);
    const ok = await t.inject({ method: 'PUT', url, headers: auth(admin), payload: { advisorIds: [world.users.ADVISOR.id] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<CohortView>().advisors).toEqual([{ id: world.users.ADVISOR.id, displayName: world.users.ADVISOR.displayName }]);
    const asAdvisor = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(advisor) })).json<CohortView[]>();
    expect(asAdvisor.map((c) => c.id)).toContain(cohort.id);
    const cleared = await t.inject({ method: 'PUT', url, headers: auth(admin), payload: { advisorIds: [] } });
    expect(cleared.json<CohortView>().advisors).toEqual([]);
    expect(await audits('cohort.advisors.set', cohort.id)).toBe(2);
    expect((await t.inject({ method: 'PUT', url, headers: auth(advisor), payload: { advisorIds: [] } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'PUT', url, headers: auth(otherAdmin), payload: { advisorIds: [] } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'PUT', url, headers: auth(admin), payload: { advisorIds: ['not-a-uuid'] } })).statusCode).toBe(400);
  });

  it('POST students moves students with a profile into the cohort; others are 400 by index', async () => {
    const cohort = (await create(admin, { name: 'Movers', matchYear: 2027 })).json<CohortView>();
    const url = `/api/cohorts/${cohort.id}/students`;
    const bad = await t.inject({ method: 'POST', url, headers: auth(admin), payload: { studentIds: [world.otherStudent.id, world.users.MENTOR.id, other.users.STUDENT.id] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: { field: string }[] }>().details.map((d) => d.field)).toEqual(['studentIds.1', 'studentIds.2']);
    expect(await count('SELECT count(*) AS n FROM student_profiles WHERE cohort_id = $1', [cohort.id])).toBe(0);
    const ok = await t.inject({ method: 'POST', url, headers: auth(admin), payload: { studentIds: [world.otherStudent.id] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<CohortView>().studentCount).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'student.cohort.changed' AND student_id = $1`, [world.otherStudent.id])).toBe(1);
    expect((await t.inject({ method: 'POST', url, headers: auth(advisor), payload: { studentIds: [] } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'POST', url, headers: auth(otherAdmin), payload: { studentIds: [other.users.STUDENT.id] } })).statusCode).toBe(404);
    // Back where it was, for the other tests.
    await t.db.query('UPDATE student_profiles SET cohort_id = NULL WHERE user_id = $1', [world.otherStudent.id]);
  });

  it("an advisor reaches only the cohorts they advise: another cohort's summary, export and import are 404", async () => {
    const unadvised = (await create(admin, { name: 'Not yours', matchYear: 2027 })).json<CohortView>();
    for (const url of [`/api/cohorts/${unadvised.id}/summary`, `/api/cohorts/${unadvised.id}/export.csv`, `/api/cohorts/${other.cohortId}/summary`]) {
      expect((await t.inject({ method: 'GET', url, headers: auth(advisor) })).statusCode).toBe(404);
    }
    const importRes = await t.inject({ method: 'POST', url: `/api/cohorts/${unadvised.id}/import?dryRun=true`, headers: { ...auth(advisor), 'content-type': 'text/csv' }, payload: 'email\n' });
    expect(importRes.statusCode).toBe(404);
    for (const token of [student, mentor]) {
      expect((await t.inject({ method: 'GET', url: `/api/cohorts/${world.cohortId}/summary`, headers: auth(token) })).statusCode).toBe(403);
      expect((await t.inject({ method: 'GET', url: `/api/cohorts/${world.cohortId}/export.csv`, headers: auth(token) })).statusCode).toBe(403);
    }
    expect((await t.inject({ method: 'GET', url: `/api/cohorts/${world.cohortId}/summary`, headers: auth(otherAdmin) })).statusCode).toBe(404);
  });

  it('a second institution never sees this one', async () => {
    const list = (await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(otherAdmin) })).json<CohortView[]>();
    expect(list.map((c) => c.id)).not.toContain(world.cohortId);
    const { users } = await createInstitution(t.db, 'Empty');
    const emptyAdmin = await tokenFor(t, users.ADMIN.email);
    expect((await t.inject({ method: 'GET', url: '/api/cohorts', headers: auth(emptyAdmin) })).json()).toEqual([]);
  });
});
