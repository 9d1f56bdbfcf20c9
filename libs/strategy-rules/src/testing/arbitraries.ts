/**
 * fast-check arbitraries for valid applicant profiles (test-only).
 */
import fc from 'fast-check';
import { passingScoreBounds } from '../engine/usmle';
import type { ApplicantProfile, ExamAttempt, ExamName, Letter, ResearchItem, Rotation } from '../types';

const pad = (n: number) => String(n).padStart(2, '0');
export const dateArb = fc
  .record({ y: fc.integer({ min: 2024, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

const scoreArb = fc.integer({ min: 180, max: 280 });

function examArb(exam: ExamName): fc.Arbitrary<ExamAttempt[]> {
  return fc
    .record({
      failures: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
      passed: fc.boolean(),
      withScore: exam === 'STEP1' ? fc.boolean() : fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      score: scoreArb,
      scheduled: fc.boolean(),
      date: fc.option(dateArb, { nil: undefined }),
    })
    .map(({ failures, passed, withScore, score, scheduled, date }) => {
      const out: ExamAttempt[] = [];
      for (let i = 0; i < failures; i++) out.push({ exam, result: 'FAIL' });
      // A passing score is never below the lowest minimum passing score USMLE ever had for the exam (the attempt has no date).
      if (passed) out.push(withScore ? { exam, result: 'PASS', score: Math.max(score, passingScoreBounds(exam).lowest) } : { exam, result: 'PASS' });
      else if (scheduled) out.push(date === undefined ? { exam, result: 'SCHEDULED' } : { exam, result: 'SCHEDULED', date });
      return out;
    });
}

export const specialtyArb = fc.constantFrom('IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER' as const);

export const rotationArb: fc.Arbitrary<Rotation> = fc
  .record({
    specialty: specialtyArb,
    setting: fc.constantFrom('HOME', 'AWAY' as const),
    inUS: fc.boolean(),
    weeks: fc.integer({ min: 1, max: 12 }),
    status: fc.constantFrom('PLANNED', 'IN_PROGRESS', 'COMPLETED' as const),
    outcome: fc.option(fc.constantFrom('HONORS', 'HIGH_PASS', 'PASS', 'FAIL' as const), { nil: undefined }),
  })
  .map((r) => {
    const { outcome, ...rest } = r;
    return outcome === undefined || r.status === 'PLANNED' ? rest : { ...rest, outcome };
  });

export const researchArb: fc.Arbitrary<ResearchItem> = fc.record({
  field: fc.constantFrom('IR', 'DR', 'OTHER' as const),
  kind: fc.constantFrom('PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT' as const),
  status: fc.constantFrom('IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED' as const),
});

export const letterArb: fc.Arbitrary<Letter> = fc.record({
  writerSpecialty: specialtyArb,
  writerInUS: fc.boolean(),
  status: fc.constantFrom('REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED' as const),
});

export const profileArb: fc.Arbitrary<ApplicantProfile> = fc
  .record({
    applicantType: fc.constantFrom('US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG' as const),
    target: fc.constantFrom('IR', 'DR' as const),
    graduationYear: fc.integer({ min: 2016, max: 2029 }),
    applicationYear: fc.option(fc.integer({ min: 2024, max: 2029 }), { nil: undefined }),
    needsVisa: fc.option(fc.boolean(), { nil: undefined }),
    homeProgramHasIR: fc.option(fc.boolean(), { nil: undefined }),
    previousApplications: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    step1: examArb('STEP1'),
    step2: examArb('STEP2CK'),
    step3: examArb('STEP3'),
    rotations: fc.array(rotationArb, { maxLength: 6 }),
    research: fc.array(researchArb, { maxLength: 5 }),
    letters: fc.array(letterArb, { maxLength: 5 }),
  })
  .map(({ step1, step2, step3, applicationYear, needsVisa, homeProgramHasIR, previousApplications, ...rest }) => {
    const p: ApplicantProfile = { ...rest, exams: [...step1, ...step2, ...step3] };
    if (applicationYear !== undefined) p.applicationYear = applicationYear;
    if (needsVisa !== undefined) p.needsVisa = needsVisa;
    if (homeProgramHasIR !== undefined) p.homeProgramHasIR = homeProgramHasIR;
    if (previousApplications !== undefined) p.previousApplications = previousApplications;
    return p;
  });

export const asOfArb = fc.constantFrom('2025-11-15', '2026-03-01', '2026-07-01', '2026-08-15', '2026-09-20', '2027-02-01');

/** Replaces any passing Step 2 CK attempt by one with the given score. */
export function withStep2(p: ApplicantProfile, score: number): ApplicantProfile {
  return { ...p, exams: [...p.exams.filter((e) => !(e.exam === 'STEP2CK' && e.result !== 'FAIL')), { exam: 'STEP2CK', result: 'PASS', score }] };
}
