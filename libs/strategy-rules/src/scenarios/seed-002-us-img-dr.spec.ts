/**
 * Seed 002 (US-citizen IMGs aiming at Diagnostic Radiology), §Putting It All Together: the three worked scenarios.
 */
import { recommend } from '../index';
import { assertValidRecommendation, codes, fail, flagOf, letter, profile, research, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
// Graduates of 2025 applying in 2026: Step 3 is open to them (degree, Step 2 CK passed) before the 2026 applications.
const base = { applicantType: 'US_IMG', target: 'DR', graduationYear: 2025 } as const;

describe('seed 002 scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226', () => {
  const rec = recommend(
    profile({
      ...base,
      exams: [step1Pass(), step2(226, '2026-05-20')],
      rotations: [rotation('DR', { inUS: true }), rotation('IM', { inUS: true, outcome: 'HIGH_PASS' })],
      research: [research('DR', 'PROJECT', 'IN_PROGRESS')],
      letters: [letter('DR'), letter('DR'), letter('IM')],
    }),
    { asOf },
  );

  it('stays on the DR pathway with 60-80 programs and no backup', () => {
    assertValidRecommendation(rec);
    expect(rec.bands).toEqual({ ir: 'VERY_LOW', dr: 'BORDERLINE', basis: 'STEP2CK' });
    expect(rec.primaryPathway).toBe('DR');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: { min: 60, max: 80 }, backup: null });
  });

  it('asks for two radiology letters and one clinical letter from US faculty, all secured here', () => {
    expect(rec.letters).toEqual({ needed: 3, fromIR: 0, fromDR: 2, clinical: 1, usFacultyRequired: true, secured: 3, shortfall: 0, extra: 0 });
  });

  it('leaves Step 3 until after the match', () => {
    expect(rec.step3).toBe('AFTER_MATCH');
  });

  it('flags the mildly low score as INFO and nothing critical', () => {
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('INFO');
    expect(rec.flags.filter((f) => f.severity === 'CRITICAL')).toEqual([]);
    expect(codes(rec.flags)).not.toContain('LETTER_SHORTFALL');
    expect(codes(rec.flags)).not.toContain('LIMITED_USCE');
  });

  it('steers the list toward realistic, IMG-friendly programs', () => {
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['PROGRAMS_DR_REALISTIC', 'PROGRAMS_DR_IMG_FRIENDLY', 'PROGRAMS_GEOGRAPHY']));
  });
});

describe('seed 002 scenario 2: US citizen IMG, Step 1 Pass, Step 2 CK 212, strong clinical grades', () => {
  const scenario = profile({
    ...base,
    exams: [step1Pass(), step2(212)],
    rotations: [rotation('IM', { outcome: 'HONORS', weeks: 4 }), rotation('SURGERY', { outcome: 'HONORS', weeks: 4 }), rotation('DR', { weeks: 4 })],
    letters: [letter('IM'), letter('SURGERY')],
  });
  const rec = recommend(scenario, { asOf });

  it('strengthens first (research year), then applies to 80+ DR programs with IM as a possible backup', () => {
    assertValidRecommendation(rec);
    expect(rec.bands.dr).toBe('LOW');
    expect(rec.primaryPathway).toBe('STRENGTHEN_THEN_APPLY');
    expect(rec.alternatives).toContain('DR_WITH_BACKUP');
    expect(rec.applications.integratedIR).toBeNull();
    expect(rec.applications.diagnosticRadiology).toEqual({ min: 80, max: null });
    expect(rec.applications.backup?.specialty).toBe('IM');
    expect(codes(rec.actions)).toContain('RESEARCH_YEAR');
  });

  it('is missing both radiology letters', () => {
    expect(rec.letters).toEqual({ needed: 3, fromIR: 0, fromDR: 2, clinical: 1, usFacultyRequired: true, secured: 1, shortfall: 2, extra: 1 });
    expect(flagOf(rec, 'LETTER_SHORTFALL')?.severity).toBe('WARNING');
  });

  it('treats Step 3 as optional and flags the moderately low score and missing research', () => {
    expect(rec.step3).toBe('OPTIONAL');
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('WARNING');
    expect(flagOf(rec, 'NO_RESEARCH')?.severity).toBe('WARNING');
    expect(codes(rec.flags)).not.toContain('STEP_FAILURE');
  });

  it('once the research year produced 3 posters/abstracts, applies now to DR with a backup', () => {
    const after = recommend(
      { ...scenario, research: [research('DR', 'POSTER'), research('DR', 'ABSTRACT', 'ACCEPTED'), research('IR', 'PUBLICATION', 'PUBLISHED')] },
      { asOf },
    );
    assertValidRecommendation(after);
    expect(after.primaryPathway).toBe('DR_WITH_BACKUP');
    expect(after.applications.diagnosticRadiology).toEqual({ min: 80, max: null });
    expect(after.applications.backup).toEqual({ specialty: 'IM', programs: { min: 15, max: 25 } });
    expect(codes(after.actions)).not.toContain('RESEARCH_YEAR');
  });
});

describe('seed 002 scenario 3: US citizen IMG, Step 1 failure (later pass), Step 2 CK 205', () => {
  const rec = recommend(
    profile({
      ...base,
      exams: [fail('STEP1'), step1Pass(), step2(205)],
      rotations: [rotation('IM', { weeks: 4 })],
      letters: [letter('IM')],
    }),
    { asOf },
  );

  it('plans research years with a dual application to IM', () => {
    assertValidRecommendation(rec);
    expect(rec.bands).toEqual({ ir: 'VERY_LOW', dr: 'VERY_LOW', basis: 'STEP2CK' });
    expect(rec.primaryPathway).toBe('STRENGTHEN_THEN_APPLY');
    expect(rec.alternatives).toEqual(expect.arrayContaining(['DR_WITH_BACKUP', 'PRELIM_THEN_REAPPLY']));
    expect(rec.applications.diagnosticRadiology).toEqual({ min: 80, max: null });
    expect(rec.applications.backup).toEqual({ specialty: 'IM', programs: { min: 15, max: 25 } });
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['RESEARCH_YEAR', 'STEP3_BEFORE_APPLYING', 'EXPLAIN_FAILURE', 'STATEMENT_BACKUP']));
  });

  it('recommends Step 3 before applying', () => {
    expect(rec.step3).toBe('BEFORE_APPLYING');
  });

  it('flags the failure, the repeat sitting and the significantly low score', () => {
    expect(flagOf(rec, 'STEP_FAILURE')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'MULTIPLE_ATTEMPTS')?.severity).toBe('WARNING');
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('CRITICAL');
    expect(flagOf(rec, 'LIMITED_USCE')?.severity).toBeUndefined();
  });

  it('needs two radiology letters from US faculty', () => {
    expect(rec.letters).toEqual({ needed: 3, fromIR: 0, fromDR: 2, clinical: 1, usFacultyRequired: true, secured: 1, shortfall: 2, extra: 0 });
  });
});
