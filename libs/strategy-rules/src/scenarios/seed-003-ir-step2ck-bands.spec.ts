/**
 * Seed 003 (Step score strategy for IR): each Step 2 CK band, the application lists by score, and Step 2 CK timing.
 * The applicant is a US MD with strong IR exposure (home and away IR rotations, two IR letters, no IR publication).
 */
import { recommend } from '../index';
import { assertValidRecommendation, codes, flagOf, letter, profile, rotation, scheduled, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const strong = profile({
  applicantType: 'US_MD',
  target: 'IR',
  graduationYear: 2027,
  homeProgramHasIR: true,
  rotations: [rotation('IR', { setting: 'HOME' }), rotation('IR', { setting: 'AWAY' })],
  letters: [letter('IR'), letter('IR'), letter('DR')],
});
const withScore = (score: number) => {
  const rec = recommend({ ...strong, exams: [step1Pass(), step2(score)] }, { asOf });
  // Same letter plan and Step 3 advice in every band for a US MD: 2 IR + 1 DR, all secured; Step 3 during residency.
  expect(rec.letters).toEqual({ needed: 3, fromIR: 2, fromDR: 1, clinical: 0, usFacultyRequired: false, secured: 3, shortfall: 0, extra: 0 });
  expect(rec.step3).toBe('AFTER_MATCH');
  return rec;
};

describe('seed 003 Step 2 CK bands for IR', () => {
  it('>= 255, high-score applicant: Integrated IR, 20-30 IR and 10-20 DR', () => {
    const rec = withScore(258);
    assertValidRecommendation(rec);
    expect(rec.bands).toEqual({ ir: 'HIGH', dr: 'HIGH', basis: 'STEP2CK' });
    expect(rec.primaryPathway).toBe('INTEGRATED_IR');
    expect(rec.applications).toEqual({ integratedIR: { min: 20, max: 30 }, diagnosticRadiology: { min: 10, max: 20 }, backup: null });
    expect(rec.letters.shortfall).toBe(0);
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(codes(rec.flags)).toEqual(['NO_RESEARCH']);
  });

  it('245-254, solidly competitive: dual application, still the 20-30 / 10-20 lists', () => {
    const rec = withScore(247);
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('COMPETITIVE');
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: { min: 20, max: 30 }, diagnosticRadiology: { min: 10, max: 20 }, backup: null });
    expect(codes(rec.actions)).not.toContain('PROGRAMS_GEOGRAPHY');
  });

  it('235-244, borderline: dual application with 10-20 IR and 25-40 DR, geography widened', () => {
    const rec = withScore(239);
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('BORDERLINE');
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: { min: 10, max: 20 }, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
    expect(codes(rec.flags)).not.toContain('LOW_STEP2CK');
    expect(codes(rec.actions)).toEqual(expect.arrayContaining(['PROGRAMS_GEOGRAPHY', 'PROGRAMS_DR_IR_PATH', 'AWAY_IR_ROTATIONS']));
  });

  it('< 235, low-score scenario: still dual with strong exposure, flagged', () => {
    const rec = withScore(233);
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('LOW');
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: { min: 10, max: 20 }, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('WARNING');
  });

  it('< 230 with strong IR exposure: still the under-240 list, 10-20 IR next to 25-40 DR (the 230 split is for non-US IMGs only)', () => {
    const rec = withScore(228);
    assertValidRecommendation(rec);
    expect(rec.bands.ir).toBe('VERY_LOW');
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications).toEqual({ integratedIR: { min: 10, max: 20 }, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
    expect(flagOf(rec, 'LOW_STEP2CK')?.severity).toBe('CRITICAL');
  });

  it('< 230 with limited IR exposure: DR with ESIR as the route to IR', () => {
    const rec = recommend({ ...strong, rotations: [], letters: [], exams: [step1Pass(), step2(228)] }, { asOf });
    assertValidRecommendation(rec);
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(rec.applications).toEqual({ integratedIR: null, diagnosticRadiology: { min: 25, max: 40 }, backup: null });
  });

  it('under 220, low even for mid-tier DR programs: no IR list whatever the exposure', () => {
    const rec = withScore(218);
    expect(rec.applications.integratedIR).toBeNull();
  });
});

describe('seed 003 Step 2 CK timing against the application year', () => {
  const timed = (exam: ReturnType<typeof scheduled>, at = asOf) => recommend({ ...strong, exams: [step1Pass(), exam] }, { asOf: at });

  it('late June or July is on time', () => {
    const rec = timed(scheduled('STEP2CK', '2026-07-20'));
    assertValidRecommendation(rec);
    expect(rec.bands).toEqual({ ir: 'UNKNOWN', dr: 'UNKNOWN', basis: 'NONE' });
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(codes(rec.flags)).not.toContain('STEP2CK_LATE');
    expect(codes(rec.flags)).not.toContain('STEP2CK_MISSING');
    expect(codes(rec.actions)).toContain('STEP2CK_TARGET');
  });

  it('early September is late, later than that is critical', () => {
    expect(flagOf(timed(scheduled('STEP2CK', '2026-09-05')), 'STEP2CK_LATE')?.severity).toBe('WARNING');
    expect(flagOf(timed(scheduled('STEP2CK', '2026-09-25')), 'STEP2CK_LATE')?.severity).toBe('CRITICAL');
  });

  it('no Step 2 CK at all: missing, with an action due by the end of July', () => {
    const rec = recommend({ ...strong, exams: [step1Pass()] }, { asOf });
    expect(flagOf(rec, 'STEP2CK_MISSING')?.severity).toBe('WARNING');
    expect(rec.actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy).toBe('2026-07-31');
  });
});
