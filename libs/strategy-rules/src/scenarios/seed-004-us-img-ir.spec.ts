/**
 * Seed 004 (US-citizen IMGs aiming at IR): dual IR + DR application in the same cycle, its numbers and red flags.
 */
import { recommend } from '../index';
import { assertValidRecommendation, codes, fail, flagOf, letter, profile, research, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const usImg = profile({
  applicantType: 'US_IMG',
  target: 'IR',
  graduationYear: 2027,
  rotations: [rotation('IR', { inUS: true }), rotation('DR', { inUS: true }), rotation('SURGERY', { inUS: true })],
  research: [research('IR', 'ABSTRACT', 'PRESENTED')],
  letters: [letter('IR'), letter('IR'), letter('DR'), letter('SURGERY')],
});

describe('seed 004: US-citizen IMG aiming at IR', () => {
  it('even with a strong score and excellent profile, applies to IR and DR together: 25-40 IR, 40-80 DR', () => {
    const rec = recommend({ ...usImg, exams: [step1Pass(), step2(252)] }, { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: { min: 25, max: 40 }, diagnosticRadiology: { min: 40, max: 80 }, backup: null });
    expect(rec.letters).toEqual({ needed: 3, fromIR: 1, fromDR: 1, clinical: 1, usFacultyRequired: true, secured: 3, shortfall: 0, extra: 1 });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(codes(rec.flags)).toEqual([]);
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['STATEMENTS_IR_AND_DR', 'RANK_LIST', 'IR_NETWORKING', 'STATE_NO_VISA']));
  });

  it('red flags (Step 2 CK under 235 and a failure) with thin IR exposure: DR first', () => {
    const rec = recommend(
      { ...usImg, rotations: [rotation('IM', { inUS: true, weeks: 8 })], research: [], letters: [], exams: [fail('STEP2CK'), step2(233)] },
      { asOf },
    );
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(rec.applications.diagnosticRadiology).toEqual({ min: 60, max: 80 });
    // The US-citizen IMG radiology article would want Step 3 first, but a student has no degree yet: told when it helps.
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(codes(rec.actions)).toContain('STEP3_WHEN_ELIGIBLE');
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('WARNING');
    expect(flagOf(rec, 'STEP_FAILURE')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'NO_IR_ROTATION')?.severity).toBe('CRITICAL');
  });
});
