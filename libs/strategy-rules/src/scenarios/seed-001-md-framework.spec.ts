/**
 * Seed 001 (US MD graduates with low scores aiming at IR), §Choosing the right IR pathway with low scores:
 * each branch of the decision framework, plus the backup and pivot sections.
 */
import { recommend } from '../index';
import { assertValidRecommendation, codes, fail, flagOf, letter, profile, research, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const md = { applicantType: 'US_MD', target: 'IR', graduationYear: 2027, homeProgramHasIR: true } as const;
const strongIR = {
  rotations: [rotation('IR', { setting: 'HOME', outcome: 'HONORS' }), rotation('IR', { setting: 'AWAY', outcome: 'HONORS' })],
  letters: [letter('IR'), letter('IR')],
};

describe('seed 001 branch 1: very low scores or a failure + limited IR exposure', () => {
  it('very low Step 2 CK: DR now, Independent IR later, research year as an option', () => {
    const rec = recommend(profile({ ...md, exams: [step1Pass(), step2(226)] }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('VERY_LOW');
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(rec.alternatives).toContain('STRENGTHEN_THEN_APPLY');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
    expect(rec.letters).toEqual({ needed: 3, fromIR: 2, fromDR: 1, clinical: 0, usFacultyRequired: false, secured: 0, shortfall: 3, extra: 0 });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'NO_IR_ROTATION')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'NO_RESEARCH')?.severity).toBe('WARNING');
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['RESEARCH_YEAR', 'HOME_IR_ROTATION', 'AWAY_IR_ROTATIONS', 'SECURE_LETTERS']));
  });

  it('a failure with a mid-range Step 2 CK and limited exposure: same DR-first route', () => {
    const rec = recommend(profile({ ...md, exams: [fail('STEP1'), step1Pass(), step2(241)] }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('LOW');
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(rec.applications.integratedIR).toBeNull();
    // Still a student when the 2026 applications go out: Step 3 needs the degree, so the plan says when it becomes useful.
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(codes(rec.actions)).toContain('STEP3_WHEN_ELIGIBLE');
    expect(flagOf(rec, 'STEP_FAILURE')?.severity).toBe('CRITICAL');
    expect(codes(rec.flags)).not.toContain('LOW_STEP2CK');
  });

  it('the same record as a 2025 graduate: Step 3 before applying is optional', () => {
    const rec = recommend(profile({ ...md, graduationYear: 2025, exams: [fail('STEP1'), step1Pass(), step2(241)] }), { asOf });
    expect(rec.step3).toBe('OPTIONAL');
  });
});

describe('seed 001 branch 2: below average scores but strong IR exposure and letters', () => {
  const rec = recommend(profile({ ...md, exams: [step1Pass(), step2(238)], ...strongIR }), { asOf });

  it('dual strategy: a chosen Integrated IR list plus a broad DR list', () => {
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('BORDERLINE');
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.alternatives).toEqual(['DR_THEN_IR']);
    expect(rec.applications).toEqual({ integratedIR: { min: 10, max: 20 }, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
  });

  it('still lacks the DR letter', () => {
    expect(rec.letters).toEqual({ needed: 3, fromIR: 2, fromDR: 1, clinical: 0, usFacultyRequired: false, secured: 2, shortfall: 1, extra: 0 });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(codes(rec.flags)).toEqual(expect.arrayContaining(['LETTER_SHORTFALL', 'NO_RESEARCH']));
    expect(codes(rec.flags)).not.toContain('NO_IR_ROTATION');
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['STATEMENTS_IR_AND_DR', 'RANK_LIST', 'PROGRAMS_IR_SKIP_ELITE']));
  });

  it('the same score with limited exposure goes DR first', () => {
    const thin = recommend(profile({ ...md, exams: [step1Pass(), step2(238)] }), { asOf });
    expect(thin.primaryPathway).toBe('DR_THEN_IR');
  });
});

describe('seed 001 branch 3: near average scores with an excellent IR profile', () => {
  const rec = recommend(
    profile({
      ...md,
      exams: [step1Pass(), step2(249)],
      rotations: strongIR.rotations,
      letters: [letter('IR'), letter('IR', 'SUBMITTED'), letter('DR')],
      research: [research('IR', 'ABSTRACT', 'PRESENTED')],
    }),
    { asOf },
  );

  it('aggressive Integrated IR strategy with DR as the safety net', () => {
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('COMPETITIVE');
    expect(rec.primaryPathway).toBe('INTEGRATED_IR');
    expect(rec.alternatives).toEqual(['DUAL_IR_DR', 'DR_THEN_IR']);
    expect(rec.applications).toEqual({ integratedIR: { min: 20, max: 30 }, diagnosticRadiology: { min: 10, max: 20 }, backup: null });
    expect(rec.letters).toEqual({ needed: 3, fromIR: 2, fromDR: 1, clinical: 0, usFacultyRequired: false, secured: 3, shortfall: 0, extra: 0 });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(rec.flags).toEqual([]);
  });

  it('without the IR publication the profile is only strong: dual application', () => {
    const noOutput = recommend(profile({ ...md, exams: [step1Pass(), step2(249)], ...strongIR }), { asOf });
    expect(noOutput.primaryPathway).toBe('DUAL_IR_DR');
    expect(noOutput.applications.integratedIR).toEqual({ min: 20, max: 30 });
  });
});

describe('seed 001 backup planning and pivot', () => {
  it('unmatched once with a low DR band: preliminary year, then reapply', () => {
    const rec = recommend(profile({ ...md, graduationYear: 2026, previousApplications: 1, exams: [step1Pass(), step2(215)] }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('PRELIM_THEN_REAPPLY');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: null, backup: { specialty: 'PRELIM', programs: { min: 15, max: 25 } } });
    expect(flagOf(rec, 'REPEAT_APPLICANT')?.severity).toBe('WARNING');
    expect(codes(rec.actions)).toContain('REAPPLICATION_EVIDENCE');
  });

  it('unmatched once with a borderline IR band leads with DR next time', () => {
    const rec = recommend(profile({ ...md, graduationYear: 2026, previousApplications: 1, exams: [step1Pass(), step2(240)], ...strongIR }), { asOf });
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
  });

  it('repeated unsuccessful cycles with low scores: an adjacent specialty is reasonable', () => {
    const rec = recommend(profile({ ...md, graduationYear: 2024, previousApplications: 2, exams: [step1Pass(), step2(214)] }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('ADJACENT_SPECIALTY');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: null, backup: { specialty: 'IM', programs: { min: 15, max: 25 } } });
    expect(flagOf(rec, 'PIVOT_REASONABLE')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'REPEAT_APPLICANT')?.severity).toBe('CRITICAL');
    expect(codes(rec.actions)).toContain('PLAN_ADJACENT_SPECIALTY');
  });

  it('two failures alone only put the pivot on the list of alternatives', () => {
    const rec = recommend(profile({ ...md, exams: [fail('STEP1'), step1Pass(), fail('STEP2CK'), step2(232)] }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).not.toBe('ADJACENT_SPECIALTY');
    expect(rec.alternatives).toContain('ADJACENT_SPECIALTY');
    expect(flagOf(rec, 'PIVOT_REASONABLE')?.severity).toBe('INFO');
    expect(flagOf(rec, 'MULTIPLE_ATTEMPTS')?.severity).toBe('CRITICAL');
  });
});
