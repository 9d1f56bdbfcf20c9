/**
 * The logic between the figures (issue 11): each class of hole, pinned by the cases an advising dean would try first.
 * Written from the articles: a failure is survivable only once a pass follows it (Step score article), the MD graduate
 * article's decision framework, the IMG IR article's pathway A conditions and time-since-graduation buckets.
 */
import { RULES, recommend } from '../index';
import {
  assertValidRecommendation,
  codes,
  fail,
  flagOf,
  letter,
  planInconsistencies,
  profile,
  research,
  rotation,
  step1Pass,
  step2,
} from '../testing/builders';
import type { ApplicantProfile } from '../types';
import { PATHWAY_RANK } from '../engine/pathways';

const asOf = '2026-03-01';
const strongMd: ApplicantProfile = profile({
  applicantType: 'US_MD',
  target: 'IR',
  graduationYear: 2027,
  homeProgramHasIR: true,
  rotations: [rotation('IR', { setting: 'HOME', outcome: 'HONORS' }), rotation('IR', { setting: 'AWAY', outcome: 'HONORS' })],
  research: [research('IR', 'POSTER', 'PRESENTED')],
  letters: [letter('IR'), letter('IR'), letter('DR')],
});
const run = (p: ApplicantProfile) => {
  const rec = recommend(p, { asOf });
  assertValidRecommendation(rec);
  expect(planInconsistencies(rec)).toEqual([]);
  return rec;
};
const rank = (p: ApplicantProfile) => PATHWAY_RANK[run(p).primaryPathway];

describe('1. an exam failed and not yet passed ranks below any pass', () => {
  it('a strong US MD who failed Step 2 CK gets no Integrated IR list and ranks below the same student with 225', () => {
    const failed = run({ ...strongMd, exams: [step1Pass(), fail('STEP2CK')] });
    const low = run({ ...strongMd, exams: [step1Pass(), step2(225)] });
    expect(failed.bands).toEqual({ ir: 'VERY_LOW', dr: 'VERY_LOW', basis: 'NONE' });
    expect(failed.applications.integratedIR).toBeNull();
    expect(PATHWAY_RANK[failed.primaryPathway]).toBeLessThanOrEqual(PATHWAY_RANK[low.primaryPathway]);
    expect(codes(failed.actions)).toContain('PASS_FAILED_EXAM');
  });

  it('a US-citizen IMG who failed Step 2 CK is held at least as low as one who passed with 215, backup included', () => {
    const img = { ...strongMd, applicantType: 'US_IMG' as const, target: 'DR' as const };
    const failed = run({ ...img, exams: [step1Pass(), fail('STEP2CK')] });
    const passed = run({ ...img, exams: [step1Pass(), step2(215)] });
    expect(failed.primaryPathway).not.toBe('DR');
    expect(PATHWAY_RANK[failed.primaryPathway]).toBeLessThanOrEqual(PATHWAY_RANK[passed.primaryPathway]);
    expect(failed.applications.backup).not.toBeNull();
  });

  it('once the failed exam is passed, the failure is a red flag but no longer the bottom of the ladder', () => {
    const recovered = run({ ...strongMd, exams: [step1Pass(), fail('STEP2CK'), step2(241)] });
    expect(recovered.bands.ir).toBe('LOW');
    expect(recovered.primaryPathway).toBe('DUAL_IR_DR');
    expect(flagOf(recovered, 'STEP_FAILURE')?.severity).toBe('CRITICAL');
  });

  it('a failed Step 3 not yet passed also rules out an Integrated IR list', () => {
    const rec = run({ ...strongMd, exams: [step1Pass(), step2(262), fail('STEP3')] });
    expect(rec.applications.integratedIR).toBeNull();
  });
});

describe('2. a numeric Step 1 never counts below a plain pass', () => {
  it.each([262, 245, 230])('Step 1 %i with no Step 2 CK yet gives the same plan as a plain pass', (score) => {
    for (const base of [strongMd, { ...strongMd, rotations: [], letters: [], research: [] }]) {
      const numeric = run({ ...base, exams: [step1Pass(score)] });
      const plain = run({ ...base, exams: [step1Pass()] });
      expect(numeric.primaryPathway).toBe(plain.primaryPathway);
      expect(numeric.applications).toEqual(plain.applications);
    }
  });
});

describe('3. below-average scores with strong IR exposure apply to both', () => {
  it('Step 2 CK 238 with a completed IR rotation at honours and an IR poster, no letter yet: dual', () => {
    const rec = run({ ...strongMd, rotations: [rotation('IR', { setting: 'HOME', outcome: 'HONORS' })], letters: [], exams: [step1Pass(), step2(238)] });
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications.integratedIR).toEqual({ min: 10, max: 20 });
  });

  it('IR letters asked for count toward exposure, not only letters already secured', () => {
    const asked = run({
      ...strongMd,
      research: [],
      rotations: [rotation('IR', { setting: 'HOME', outcome: 'PASS' })],
      letters: [letter('IR', 'REQUESTED')],
      exams: [step1Pass(), step2(236)],
    });
    expect(asked.primaryPathway).toBe('DUAL_IR_DR');
  });

  it.each([225, 232, 244])('Step 2 CK %i (under 240) with strong exposure: the selected IR list next to a broad DR list', (score) => {
    const rec = run({ ...strongMd, exams: [step1Pass(), step2(score)] });
    expect(rec.primaryPathway).toBe('DUAL_IR_DR');
    expect(rec.applications.diagnosticRadiology).toEqual({ min: 25, max: 40 });
  });
});

describe('4. repeat applicants widen the plan whatever the score', () => {
  it('a third cycle with a high score is not told Integrated IR first with the shortest DR list', () => {
    const first = run({ ...strongMd, exams: [step1Pass(), step2(262)] });
    const third = run({ ...strongMd, graduationYear: 2025, previousApplications: 2, exams: [step1Pass(), step2(262)] });
    expect(first.primaryPathway).toBe('INTEGRATED_IR');
    expect(third.primaryPathway).not.toBe('INTEGRATED_IR');
    expect(third.applications.diagnosticRadiology?.min).toBeGreaterThan(first.applications.diagnosticRadiology?.min ?? 0);
    expect(third.applications.backup).not.toBeNull();
    expect(third.alternatives).toContain('ADJACENT_SPECIALTY');
    expect(codes(third.actions)).toEqual(expect.arrayContaining(['PIVOT_QUESTION', 'REAPPLICATION_EVIDENCE']));
  });

  it('one earlier cycle on a DR target with a strong score: wider DR list, a backup and the pivot question', () => {
    const dr = { ...strongMd, target: 'DR' as const, graduationYear: 2026 };
    const before = run({ ...dr, exams: [step1Pass(), step2(250)] });
    const again = run({ ...dr, previousApplications: 1, exams: [step1Pass(), step2(250)] });
    expect(again.applications.diagnosticRadiology?.min).toBeGreaterThan(before.applications.diagnosticRadiology?.min ?? 0);
    expect(again.applications.backup?.specialty).toBe('PRELIM');
    expect(codes(again.actions)).toContain('PIVOT_QUESTION');
  });
});

describe('5. a non-US IMG trying Integrated IR always has the preliminary / IM backup', () => {
  it('pathway A with a strong score and a full record', () => {
    const rec = run({
      ...strongMd,
      applicantType: 'NON_US_IMG',
      graduationYear: 2025,
      rotations: [rotation('IR', { outcome: 'HONORS' }), rotation('IM', { weeks: 8 })],
      letters: [letter('IR'), letter('DR'), letter('IM')],
      exams: [step1Pass(), step2(258)],
    });
    expect(rec.applications.integratedIR).not.toBeNull();
    expect(rec.applications.backup?.specialty).toBe('PRELIM');
  });
});

describe('6. years since graduation act for every applicant type', () => {
  it.each(['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const)('%s: 4 and 7 years since graduation raise OLD_GRADUATE with an action', (applicantType) => {
    for (const years of [4, 7]) {
      const rec = recommend(profile({ applicantType, target: 'DR', graduationYear: 2026 - years, applicationYear: 2026, exams: [step1Pass(), step2(240)] }), { asOf });
      expect(flagOf(rec, 'OLD_GRADUATE')).toBeDefined();
      expect(codes(rec.actions)).toContain('RECENT_CLINICAL_WORK');
    }
  });

  it('the rule cites the article that speaks of each type and says where the articles are silent', () => {
    const rule = RULES.find((r) => r.id === 'flags.old-graduate');
    expect(rule?.summary).toMatch(/silent/);
    expect(rule?.summary).toMatch(/US DO/);
  });
});

describe('7. plans are whole and consistent', () => {
  it('DR first for an IR target: a DR statement that names the IR goal, never an "IR and DR" statement', () => {
    const rec = run({ ...strongMd, rotations: [], letters: [], research: [], exams: [step1Pass(), step2(226)] });
    expect(rec.primaryPathway).toBe('DR_THEN_IR');
    expect(codes(rec.actions)).toContain('STATEMENT_DR_IR_INTEREST');
    expect(codes(rec.actions)).not.toContain('STATEMENTS_IR_AND_DR');
  });

  it('a US-citizen IMG with a good score but no IR list with no IR list gets a DR-only count, never "next to the IR list"', () => {
    const rec = run({ ...strongMd, applicantType: 'US_IMG', exams: [step1Pass(), step2(250), fail('STEP3')] });
    expect(rec.applications.integratedIR).toBeNull();
    // The open Step 3 failure caps the DR band at BORDERLINE: the DR-only list for that band, with no word of an IR list.
    expect(rec.applications.diagnosticRadiology).toEqual({ min: 60, max: 80 });
    expect(rec.reasons.find((r) => r.ruleId === 'applications.diagnostic-radiology')?.message).not.toMatch(/IR list/);
  });

  it('an adjacent-specialty plan has its own counts and letters and asks for no IR rotation', () => {
    const rec = run({ ...strongMd, rotations: [], graduationYear: 2024, previousApplications: 2, exams: [step1Pass(), step2(214)] });
    expect(rec.primaryPathway).toBe('ADJACENT_SPECIALTY');
    expect(rec.applications.backup).toEqual({ specialty: 'IM', programs: { min: 15, max: 25 } });
    expect(rec.letters.clinical).toBe(3);
    expect(codes(rec.actions)).toContain('APPLY_ADJACENT_SPECIALTY');
    expect(codes(rec.actions).filter((c) => /IR_ROTATION/.test(c))).toEqual([]);
    expect(codes(rec.flags)).not.toContain('NO_IR_ROTATION');
  });

  it('a reapply plan asks for no IR rotation this summer', () => {
    const rec = run({ ...strongMd, rotations: [], applicantType: 'NON_US_IMG', exams: [step1Pass(), step2(205)] });
    expect(rec.primaryPathway).toBe('PRELIM_THEN_REAPPLY');
    expect(codes(rec.actions)).toContain('APPLY_PRELIM_YEAR');
    expect(codes(rec.actions).filter((c) => /IR_ROTATION/.test(c))).toEqual([]);
  });
});

it('rank helper sanity', () => {
  expect(rank(strongMd)).toBeGreaterThan(0);
});
