/**
 * Overrides carry through (issue 11): recommend(profile, { asOf, pathway }) computes the whole plan for the chosen pathway.
 */
import fc from 'fast-check';
import { PATHWAYS, describeOverride, recommend } from '../index';
import { asOfArb, profileArb } from '../testing/arbitraries';
import { assertValidRecommendation, codes, letter, planInconsistencies, profile, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const thin = profile({ homeProgramHasIR: true, exams: [step1Pass(), step2(226)] });

describe('recommend with an advisor\'s pathway', () => {
  it('DR first by the rules; the advisor chooses IR and DR together: IR list, statements and rank list follow', () => {
    const rules = recommend(thin, { asOf });
    const chosen = recommend(thin, { asOf, pathway: 'DUAL_IR_DR' });
    expect(rules.primaryPathway).toBe('DR_THEN_IR');
    expect(rules.override).toBeNull();
    expect(chosen.primaryPathway).toBe('DUAL_IR_DR');
    expect(chosen.override).toEqual({ pathway: 'DUAL_IR_DR', rulesPathway: 'DR_THEN_IR' });
    expect(chosen.applications).toEqual({ integratedIR: { min: 10, max: 20 }, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
    expect(codes(chosen.actions)).toEqual(expect.arrayContaining(['STATEMENTS_IR_AND_DR', 'RANK_LIST', 'PROGRAMS_IR_CORE']));
    expect(codes(rules.actions)).not.toContain('RANK_LIST');
    expect(chosen.alternatives).toContain('DR_THEN_IR');
    expect(chosen.decidingReason.message).toMatch(/^The advisor chose Integrated IR and DR together; on the rules' own reading \(Step 2 CK 226/);
    expect(describeOverride(rules, chosen)).toBe(
      "Advisor's plan: Integrated IR and DR together (10-20 IR, 25-40 DR, 3 letters); the rules' plan: DR first, then IR (25-40 DR, 3 letters).",
    );
  });

  it('an adjacent specialty chosen for a strong IR applicant: its own counts and letters, no IR rotation asked', () => {
    const strong = profile({ homeProgramHasIR: true, exams: [step1Pass(), step2(258)], rotations: [rotation('IR', { outcome: 'HONORS' })], letters: [letter('IR')] });
    const chosen = recommend(strong, { asOf, pathway: 'ADJACENT_SPECIALTY' });
    expect(chosen.applications).toEqual({ integratedIR: null, diagnosticRadiology: null, backup: { specialty: 'IM', programs: { min: 15, max: 25 } } });
    expect(chosen.letters.clinical).toBe(3);
    expect(codes(chosen.actions).filter((c) => /IR_ROTATION/.test(c))).toEqual([]);
  });

  it('choosing the rules\' own pathway changes nothing but the override note', () => {
    const rules = recommend(thin, { asOf });
    const same = recommend(thin, { asOf, pathway: rules.primaryPathway });
    expect({ ...same, override: null }).toEqual(rules);
    expect(describeOverride(rules, same)).toMatch(/^The advisor's plan is the rules' own/);
  });

  it('property: for any profile and any chosen pathway the plan is whole, valid and for that pathway', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.constantFrom(...PATHWAYS), (p, at, pathway) => {
        const rules = recommend(p, { asOf: at });
        const rec = recommend(p, { asOf: at, pathway });
        assertValidRecommendation(rec);
        expect(rec.primaryPathway).toBe(pathway);
        expect(rec.override).toEqual({ pathway, rulesPathway: rules.primaryPathway });
        expect(planInconsistencies(rec)).toEqual([]);
        for (const a of rec.actions) if (a.dueBy !== undefined) expect(a.dueBy >= at).toBe(true);
        expect(describeOverride(rules, rec).split('\n')).toHaveLength(1);
        // Facts that do not depend on the pathway stay as the rules found them.
        expect(rec.bands).toEqual(rules.bands);
        expect(rec.flags.filter((f) => f.code === 'STEP_FAILURE')).toEqual(rules.flags.filter((f) => f.code === 'STEP_FAILURE'));
      }),
      { numRuns: 500 },
    );
  });
});
