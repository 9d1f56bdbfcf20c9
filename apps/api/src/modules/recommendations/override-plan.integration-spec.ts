import type { OverrideView } from '@advising/contracts';
import type { Pathway, Recommendation } from '@advising/strategy-rules';
import { type AdvisingWorld, auth, createAdvisingWorld, createTestApp, signInAll, type TestApp } from '../../../test/test-app';

/** An advisor's override carries through: the response holds the whole plan for the chosen pathway and the one-line difference. */
describe('advisor override plan (integration)', () => {
  let t: TestApp;
  let world: AdvisingWorld;
  let advisor: string;
  const overrideUrl = (id: string) => `/api/students/${id}/override`;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createAdvisingWorld(t, 'OverridePlan');
    ({ ADVISOR: advisor } = await signInAll(t, world));
  });
  afterAll(() => t.close());

  it('PUT override answers with the plan computed for the chosen pathway, not the rules\' counts under a new label', async () => {
    const current = (await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(advisor) })).json<{ recommendation: Recommendation | null }>();
    const rulesPathway = current.recommendation?.primaryPathway;
    expect(rulesPathway).toBeDefined();
    const chosen: Pathway = rulesPathway === 'DR' ? 'DUAL_IR_DR' : 'DR';
    const res = await t.inject({ method: 'PUT', url: overrideUrl(world.users.STUDENT.id), headers: auth(advisor), payload: { pathway: chosen, reason: 'Wants to stay near family' } });
    expect(res.statusCode).toBe(200);
    const view = res.json<OverrideView>();
    expect(view.pathway).toBe(chosen);
    expect(view.plan?.primaryPathway).toBe(chosen);
    expect(view.plan?.override).toEqual({ pathway: chosen, rulesPathway });
    expect(view.plan?.alternatives).toContain(rulesPathway);
    // The counts follow the chosen pathway: a DR plan has no Integrated IR list, a dual plan has one.
    if (chosen === 'DR') expect(view.plan?.applications.integratedIR).toBeNull();
    else expect(view.plan?.applications.integratedIR).not.toBeNull();
    expect(view.plan?.decidingReason.message).toMatch(/^The advisor chose /);
    expect(view.difference).toMatch(/^Advisor's plan: .*; the rules' plan: /);
    expect(view.difference?.includes('\n')).toBe(false);
    for (const a of view.plan?.actions ?? []) if (a.dueBy !== undefined) expect(a.dueBy >= (view.plan?.asOf ?? '')).toBe(true);
  });

  it("the student's own record carries the advisor's plan, and the rules' own recommendation beside it", async () => {
    const { STUDENT: student } = await signInAll(t, world);
    const mine = (await t.inject({ method: 'GET', url: `/api/students/${world.users.STUDENT.id}`, headers: auth(student) })).json<{ recommendation: Recommendation; override: OverrideView | null }>();
    expect(mine.override?.pathway).toBeDefined();
    expect(mine.override?.plan?.primaryPathway).toBe(mine.override?.pathway);
    expect(mine.override?.difference).toMatch(/^Advisor's plan: /);
    expect(mine.recommendation.primaryPathway).toBe(mine.override?.plan?.override?.rulesPathway);
  });
});
