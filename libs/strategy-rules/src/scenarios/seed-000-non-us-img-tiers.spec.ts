/**
 * Seed 000 (non-US IMGs with low scores aiming at IR): the goal tiers and pathways A, B and C.
 */
import { recommend } from '../index';
import { assertValidRecommendation, codes, fail, flagOf, letter, profile, research, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const img = { applicantType: 'NON_US_IMG', target: 'IR', graduationYear: 2024 } as const;
const pathwayA = {
  rotations: [rotation('IR', { inUS: true, weeks: 4 }), rotation('IM', { inUS: true, weeks: 4 })],
  research: [research('IR', 'PUBLICATION', 'PUBLISHED')],
  letters: [letter('IR'), letter('DR'), letter('IM')],
};

describe('seed 000 tier 1 / pathway A: Integrated IR tried next to DR', () => {
  const rec = recommend(profile({ ...img, exams: [step1Pass(), step2(236)], ...pathwayA }), { asOf });

  it('applies to a selected Integrated IR list and very broadly to DR', () => {
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    // Trying Integrated IR as a non-US IMG always comes with the preliminary medicine backup (pathway A's condition).
    expect(rec.applications).toEqual({
      integratedIR: { min: 10, max: 20 },
      diagnosticRadiology: { min: 80, max: 120 },
      backup: { specialty: 'PRELIM', programs: { min: 15, max: 25 } },
    });
  });

  it('asks for IR, DR and clinical letters from US faculty', () => {
    expect(rec.letters).toEqual({ needed: 3, fromIR: 1, fromDR: 1, clinical: 1, usFacultyRequired: true, secured: 3, shortfall: 0, extra: 0 });
  });

  it('advises Step 3 before applying because of the visa, and flags it', () => {
    expect(rec.step3).toBe('BEFORE_APPLYING');
    expect(flagOf(rec, 'VISA_NEEDED')?.severity).toBe('WARNING');
    expect(codes(rec.flags)).not.toContain('LIMITED_USCE');
  });

  it('letters from faculty abroad do not count toward the plan', () => {
    const abroad = recommend(
      profile({ ...img, exams: [step1Pass(), step2(236)], ...pathwayA, letters: [letter('IR', 'COMMITTED', false), letter('DR'), letter('IM')] }),
      { asOf },
    );
    expect(abroad.letters.secured).toBe(2);
    expect(abroad.letters.extra).toBe(1);
    expect(abroad.letters.shortfall).toBe(1);
    expect(abroad.primaryPathway).toBe('DR_THEN_IR');
  });
});

describe('seed 000 tier 2 / pathway B: DR, then ESIR, then Independent IR', () => {
  const rec = recommend(
    profile({ ...img, exams: [step1Pass(), step2(236)], rotations: [rotation('IM', { inUS: true, weeks: 2 })], letters: [letter('IM')] }),
    { asOf },
  );

  it('goes DR first without an Integrated IR list', () => {
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(rec.alternatives).toContain('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: { min: 80, max: 120 }, backup: null });
    expect(rec.letters).toEqual({ needed: 3, fromIR: 1, fromDR: 1, clinical: 1, usFacultyRequired: true, secured: 1, shortfall: 2, extra: 0 });
    expect(rec.step3).toBe('BEFORE_APPLYING');
  });

  it('flags the thin US experience, the missing IR rotation and research', () => {
    expect(flagOf(rec, 'LIMITED_USCE')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'NO_IR_ROTATION')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'NO_RESEARCH')?.severity).toBe('WARNING');
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['USCE_WEEKS', 'US_RADIOLOGY_ELECTIVE', 'US_IR_ROTATIONS', 'IR_SCHOLARSHIP', 'PROGRAMS_DR_IR_PATH']));
  });

  it('a borderline DR band adds a parallel IM application', () => {
    const low = recommend(profile({ ...img, exams: [step1Pass(), step2(224)], ...pathwayA }), { asOf });
    expect(low.primaryPathway).toBe('DR_THEN_IR');
    expect(low.applications.backup?.specialty).toBe('IM');
  });
});

describe('seed 000 pathway C: IM or transitional year, then reapply', () => {
  it('significantly low score', () => {
    const rec = recommend(profile({ ...img, exams: [step1Pass(), step2(207)], ...pathwayA }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('PRELIM_THEN_REAPPLY');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: null, backup: { specialty: 'IM', programs: { min: 15, max: 25 } } });
    // The application this cycle is a medicine year: one radiology letter and two clinical ones (the IR letter is extra here).
    expect(rec.letters).toEqual({ needed: 3, fromIR: 0, fromDR: 1, clinical: 2, usFacultyRequired: true, secured: 2, shortfall: 1, extra: 1 });
    expect(rec.step3).toBe('BEFORE_APPLYING');
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('CRITICAL');
  });

  it('more than five years since graduation', () => {
    const rec = recommend(profile({ ...img, graduationYear: 2019, exams: [step1Pass(), step2(240)], ...pathwayA }), { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('PRELIM_THEN_REAPPLY');
    expect(flagOf(rec, 'OLD_GRADUATE')?.severity).toBe('CRITICAL');
  });

  it('three to five years since graduation is a warning only', () => {
    const rec = recommend(profile({ ...img, graduationYear: 2022, exams: [step1Pass(), step2(240)], ...pathwayA }), { asOf });
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(flagOf(rec, 'OLD_GRADUATE')?.severity).toBe('WARNING');
  });
});

describe('seed 000 tier 3: adjacent procedural fields', () => {
  it('repeated cycles with repeated failures', () => {
    const rec = recommend(
      profile({ ...img, previousApplications: 1, exams: [fail('STEP1'), step1Pass(), fail('STEP2CK'), step2(231)], ...pathwayA }),
      { asOf },
    );
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('ADJACENT_SPECIALTY');
    // The adjacent plan has its own counts and letters: an IM application with three clinical letters.
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: null, backup: { specialty: 'IM', programs: { min: 15, max: 25 } } });
    expect(rec.letters).toEqual({ needed: 3, fromIR: 0, fromDR: 0, clinical: 3, usFacultyRequired: true, secured: 1, shortfall: 2, extra: 2 });
    expect(codes(rec.actions)).not.toEqual(expect.arrayContaining(['US_IR_ROTATIONS']));
    expect(codes(rec.actions)).not.toContain('HOME_IR_ROTATION');
    expect(rec.step3).toBe('BEFORE_APPLYING');
    expect(codes(rec.flags)).toEqual(expect.arrayContaining(['PIVOT_REASONABLE', 'STEP_FAILURE', 'MULTIPLE_ATTEMPTS', 'REPEAT_APPLICANT']));
  });
});
