/**
 * Properties for the logic between the figures (issue 11, classes 1-7), over generated profiles.
 */
import fc from 'fast-check';
import { PATHWAY_RANK, recommend } from '../index';
import type { ApplicantProfile, ExamAttempt, ExamName, Range } from '../types';
import { asOfArb, profileArb } from '../testing/arbitraries';
import { assertValidRecommendation, planInconsistencies } from '../testing/builders';

const RUNS = { numRuns: 400 };
const irSize = (r: Range | null) => (r === null ? 0 : (r.max ?? 1000));
const hasOpenFailure = (p: ApplicantProfile) =>
  (['STEP1', 'STEP2CK', 'STEP3'] as const).some(
    (x) => p.exams.some((e) => e.exam === x && e.result === 'FAIL') && !p.exams.some((e) => e.exam === x && e.result === 'PASS'),
  );

describe('class 1: failures', () => {
  it('replacing a passing attempt by a failure (with or without a later pass) never raises the pathway nor widens the IR list', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.nat(), fc.boolean(), (p, asOf, pick, laterPass) => {
        const passes = p.exams.map((e, i) => [e, i] as const).filter(([e]) => e.result === 'PASS');
        fc.pre(passes.length > 0);
        const [passed, index] = passes[pick % passes.length];
        const failed: ExamAttempt = { exam: passed.exam, result: 'FAIL' };
        const exams = [...p.exams.slice(0, index), failed, ...(laterPass ? [passed] : []), ...p.exams.slice(index + 1)];
        const before = recommend(p, { asOf });
        const after = recommend({ ...p, exams }, { asOf });
        expect(PATHWAY_RANK[after.primaryPathway]).toBeLessThanOrEqual(PATHWAY_RANK[before.primaryPathway]);
        expect(irSize(after.applications.integratedIR)).toBeLessThanOrEqual(irSize(before.applications.integratedIR));
      }),
      RUNS,
    );
  });

  it('an unresolved failure never ranks above any passing score on that exam', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.constantFrom<ExamName>('STEP1', 'STEP2CK', 'STEP3'), fc.integer({ min: 218, max: 280 }), (p, asOf, exam, score) => {
        const others = p.exams.filter((e) => e.exam !== exam);
        const open = recommend({ ...p, exams: [...others, { exam, result: 'FAIL' }] }, { asOf });
        const pass: ExamAttempt = exam === 'STEP1' ? { exam, result: 'PASS' } : { exam, result: 'PASS', score };
        const passed = recommend({ ...p, exams: [...others, pass] }, { asOf });
        expect(PATHWAY_RANK[open.primaryPathway]).toBeLessThanOrEqual(PATHWAY_RANK[passed.primaryPathway]);
      }),
      RUNS,
    );
  });

  it('no Integrated IR list while any Step is failed and not yet passed', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        if (hasOpenFailure(p)) expect(recommend(p, { asOf }).applications.integratedIR).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('class 2: numeric Step 1', () => {
  it('a numeric Step 1 of 230 or more never gives a less ambitious plan than a plain pass', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.integer({ min: 230, max: 280 }), (p, asOf, score) => {
        const plain = { ...p, exams: [...p.exams.filter((e) => e.exam !== 'STEP1'), { exam: 'STEP1' as const, result: 'PASS' as const }] };
        const numeric = { ...p, exams: [...p.exams.filter((e) => e.exam !== 'STEP1'), { exam: 'STEP1' as const, result: 'PASS' as const, score }] };
        const a = recommend(plain, { asOf });
        const b = recommend(numeric, { asOf });
        expect(PATHWAY_RANK[b.primaryPathway]).toBeGreaterThanOrEqual(PATHWAY_RANK[a.primaryPathway]);
        expect(irSize(b.applications.integratedIR)).toBeGreaterThanOrEqual(irSize(a.applications.integratedIR));
      }),
      RUNS,
    );
  });
});

describe('class 3: below average with strong IR exposure', () => {
  it('a US graduate with Step 2 CK 220-244, no failure, and a completed IR rotation plus an IR letter asked for applies to IR and DR', () => {
    fc.assert(
      fc.property(
        profileArb,
        asOfArb,
        fc.integer({ min: 220, max: 244 }),
        fc.constantFrom('US_MD', 'US_DO' as const),
        fc.constantFrom('REQUESTED', 'COMMITTED', 'SUBMITTED' as const),
        (p, asOf, score, applicantType, status) => {
          const q: ApplicantProfile = {
            ...p,
            applicantType,
            target: 'IR',
            previousApplications: 0,
            exams: [{ exam: 'STEP1', result: 'PASS' }, { exam: 'STEP2CK', result: 'PASS', score }],
            rotations: [...p.rotations, { specialty: 'IR', setting: 'HOME', inUS: true, weeks: 4, status: 'COMPLETED', outcome: 'HONORS' }],
            letters: [...p.letters, { writerSpecialty: 'IR', writerInUS: true, status }],
          };
          const rec = recommend(q, { asOf });
          fc.pre(rec.primaryPathway !== 'PRELIM_THEN_REAPPLY' && rec.primaryPathway !== 'ADJACENT_SPECIALTY');
          expect(rec.primaryPathway).toBe('DUAL_IR_DR');
        },
      ),
      RUNS,
    );
  });
});

describe('class 4: repeat applicants', () => {
  it('after an unsuccessful cycle: never Integrated IR alone, always a backup, the pivot question, and a DR list at least as long', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, fc.integer({ min: 1, max: 3 }), (p, asOf, cycles) => {
        const first = recommend({ ...p, previousApplications: 0 }, { asOf });
        const again = recommend({ ...p, previousApplications: cycles }, { asOf });
        expect(again.primaryPathway).not.toBe('INTEGRATED_IR');
        expect(again.applications.backup).not.toBeNull();
        expect(again.actions.some((a) => a.code === 'PIVOT_QUESTION' || a.code === 'PLAN_ADJACENT_SPECIALTY')).toBe(true);
        const a = first.applications.diagnosticRadiology;
        const b = again.applications.diagnosticRadiology;
        if (a !== null && b !== null) expect(b.min).toBeGreaterThanOrEqual(a.min);
      }),
      RUNS,
    );
  });
});

describe('class 5: non-US IMGs trying Integrated IR', () => {
  it('always carry the preliminary / IM backup', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const rec = recommend({ ...p, applicantType: 'NON_US_IMG' }, { asOf });
        if (rec.applications.integratedIR !== null) expect(['PRELIM', 'IM']).toContain(rec.applications.backup?.specialty);
      }),
      RUNS,
    );
  });
});

describe('class 6: years since graduation', () => {
  it('three or more years since graduation raise OLD_GRADUATE and its action for every applicant type', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 3, max: 12 }), fc.constantFrom('US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG' as const), (p, years, type) => {
        const rec = recommend({ ...p, applicantType: type, applicationYear: 2026, graduationYear: 2026 - years }, { asOf: '2026-02-01' });
        expect(rec.flags.some((f) => f.code === 'OLD_GRADUATE')).toBe(true);
        expect(rec.actions.some((a) => a.code === 'RECENT_CLINICAL_WORK')).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('class 7: whole plans', () => {
  it('no reason, action or flag mentions an application the plan lacks, and the count reasons give the counts', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        assertValidRecommendation(rec);
        expect(planInconsistencies(rec)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
