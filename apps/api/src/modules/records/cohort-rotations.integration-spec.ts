import type { CohortRotationView } from '@advising/contracts';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp, tokenFor } from '../../../test/test-app';

describe('GET /api/cohorts/:cohortId/rotations (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let elsewhere: AdvisingWorld;
  let advisor: string;
  let admin: string;
  let student: string;
  let mentor: string;
  let foreignAdvisor: string;
  const url = (cohortId: string) => `/api/cohorts/${cohortId}/rotations`;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'Rotations');
    elsewhere = await createAdvisingWorld(t, 'Elsewhere');
    ({ ADMIN: admin, ADVISOR: advisor, MENTOR: mentor, STUDENT: student } = await signInAll(t, world));
    foreignAdvisor = await tokenFor(t, elsewhere.users.ADVISOR.email);
    const add = async (studentId: string, payload: Record<string, unknown>) => {
      const res = await t.inject({ method: 'POST', url: `/api/students/${studentId}/rotations`, headers: auth(admin), payload: { specialty: 'IR', setting: 'HOME', weeks: 4, ...payload } });
      expect(res.statusCode).toBe(201);
    };
    await add(world.users.STUDENT.id, { siteName: 'Home Hospital', startDate: '2026-03-01', status: 'COMPLETED', outcome: 'HONORS', evaluatorComment: 'Excellent' });
    await add(world.users.STUDENT.id, { siteName: 'Away Center', setting: 'AWAY', startDate: '2026-07-01', status: 'PLANNED' });
    await add(world.otherStudent.id, { siteName: 'Not In Cohort', startDate: '2026-01-01', status: 'COMPLETED', outcome: 'PASS' });
  });
  afterAll(() => t.close());

  it("lists the cohort's rotations by start date with the student, without evaluator comments", async () => {
    const res = await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(advisor) });
    expect(res.statusCode).toBe(200);
    const rotations = res.json<CohortRotationView[]>();
    expect(rotations.map((r) => r.siteName)).toEqual(['Home Hospital', 'Away Center']);
    expect(rotations[0]).toMatchObject({ status: 'COMPLETED', outcome: 'HONORS', student: { id: world.users.STUDENT.id, displayName: world.users.STUDENT.displayName } });
    expect(rotations[1]).toMatchObject({ status: 'PLANNED', outcome: null, setting: 'AWAY' });
    for (const rotation of rotations) expect(rotation).not.toHaveProperty('evaluatorComment');
  });

  it('is open to admins and audited as a cohort read', async () => {
    const res = await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(admin) });
    expect(res.statusCode).toBe(200);
    expect(res.json<CohortRotationView[]>()).toHaveLength(2);
    const events = await t.db.query<{ actor_id: string }[]>(`SELECT actor_id FROM audit_events WHERE action = 'cohort.rotations.read' AND entity_id = $1`, [world.cohortId]);
    expect(events.map((e) => e.actor_id)).toEqual(expect.arrayContaining([world.users.ADVISOR.id, world.users.ADMIN.id]));
  });

  it('refuses students and mentors and hides cohorts out of reach', async () => {
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(student) })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(mentor) })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: url(world.cohortId), headers: auth(foreignAdvisor) })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: url(elsewhere.cohortId), headers: auth(advisor) })).statusCode).toBe(404);
  });
});
