/**
 * Time is an input: properties over asOf dates spread across whole cycles (issue 11, eligibility and time).
 */
import fc from 'fast-check';
import { cycleCalendar, recommend } from '../index';
import { profileArb } from '../testing/arbitraries';
import { assertValidRecommendation, codes, profile, step1Pass, step2, scheduled } from '../testing/builders';

const pad = (n: number) => String(n).padStart(2, '0');
/** Any day of 2025-2028: every phase of several cycles. */
const anyDayArb = fc.integer({ min: 0, max: 4 * 365 }).map((n) => {
  const d = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
});
const RUNS = { numRuns: 600 };

describe('time properties', () => {
  it('no action is ever due before asOf, and the plan is for a cycle whose window is still open', () => {
    fc.assert(
      fc.property(profileArb, anyDayArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        assertValidRecommendation(rec);
        for (const a of rec.actions) if (a.dueBy !== undefined) expect(a.dueBy >= asOf).toBe(true);
        expect(cycleCalendar(rec.applicationCycle).submissionWindowCloses >= asOf).toBe(true);
      }),
      RUNS,
    );
  });

  it('Step 3 before applying (or optional before applying) only for students who can sit it in time', () => {
    fc.assert(
      fc.property(profileArb, anyDayArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        if (rec.step3 !== 'BEFORE_APPLYING' && rec.step3 !== 'OPTIONAL') return;
        const cal = cycleCalendar(rec.applicationCycle);
        expect(p.exams.some((e) => e.exam === 'STEP2CK' && e.result === 'PASS')).toBe(true);
        expect(`${p.graduationYear}-06-01` <= cal.step3LatestSitting).toBe(true);
        expect(asOf <= cal.step3LatestSitting).toBe(true);
      }),
      RUNS,
    );
  });

  it('a scheduled exam whose date has passed asks for its result and is not treated as upcoming', () => {
    fc.assert(
      fc.property(profileArb, anyDayArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        const past = p.exams.filter((e) => e.result === 'SCHEDULED' && e.date !== undefined && e.date < asOf);
        expect(codes(rec.actions).includes('RECORD_EXAM_RESULT')).toBe(past.length > 0);
        const future = p.exams.some((e) => e.exam === 'STEP2CK' && e.result === 'SCHEDULED' && (e.date === undefined || e.date >= asOf));
        if (past.some((e) => e.exam === 'STEP2CK') && !future) {
          expect(codes(rec.actions)).not.toContain('SCHEDULE_STEP2CK');
          expect(codes(rec.actions)).not.toContain('STEP2CK_TARGET');
        }
      }),
      RUNS,
    );
  });
});

describe('deadlines that passed', () => {
  const grad = profile({ graduationYear: 2025, homeProgramHasIR: true, exams: [step1Pass()] });

  it('before 31 July: Step 2 CK is due 31 July', () => {
    const rec = recommend(grad, { asOf: '2026-07-01' });
    expect(rec.actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy).toBe('2026-07-31');
  });

  it('after 31 July: the missed date becomes a fact with its cost, and the action moves to a date that can be met', () => {
    const rec = recommend(grad, { asOf: '2026-08-15' });
    const flag = rec.flags.find((f) => f.code === 'STEP2CK_MISSING');
    expect(flag?.message).toMatch(/31 July 2026 date for Step 2 CK has passed.*costs interviews/);
    expect(rec.actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy).toBe('2026-08-31');
    expect(rec.actions.find((a) => a.code === 'HOME_IR_ROTATION')?.dueBy).toBe('2026-08-31');
  });

  it('after 1 September: letters become a critical fact due when programs start reviewing', () => {
    const rec = recommend(grad, { asOf: '2026-09-05' });
    expect(rec.flags.find((f) => f.code === 'LETTER_SHORTFALL')?.severity).toBe('CRITICAL');
    expect(rec.actions.find((a) => a.code === 'SECURE_LETTERS')?.dueBy).toBe('2026-09-23');
    expect(rec.actions.find((a) => a.code === 'HOME_IR_ROTATION')?.dueBy).toBe('2026-09-30');
  });

  it('after the submission window: the plan rolls to the next cycle, and a student\'s closed cycle is said', () => {
    const rec = recommend(grad, { asOf: '2026-10-02' });
    expect(rec.applicationCycle).toBe(2027);
    expect(rec.actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy).toBe('2027-07-31');
    const student = recommend(profile({ graduationYear: 2027, exams: [step1Pass()] }), { asOf: '2026-10-02' });
    expect(student.applicationCycle).toBe(2027);
    expect(student.flags.find((f) => f.code === 'CYCLE_CLOSED')?.severity).toBe('INFO');
  });

  it('a Step 2 CK sitting in the past waits for its result', () => {
    const rec = recommend(profile({ graduationYear: 2027, exams: [step1Pass(), scheduled('STEP2CK', '2026-07-10')] }), { asOf: '2026-07-20' });
    expect(codes(rec.actions)).toContain('RECORD_EXAM_RESULT');
    expect(codes(rec.actions)).not.toContain('STEP2CK_TARGET');
    expect(codes(rec.flags)).not.toContain('STEP2CK_MISSING');
  });
});

describe('Step 3 eligibility (USMLE: degree, Step 2 CK passed, a result before applications open)', () => {
  const visa = { applicantType: 'NON_US_IMG' as const, target: 'DR' as const };
  it('a non-US IMG needing a visa, graduated, Step 2 CK passed, in June: Step 3 before applying', () => {
    expect(recommend(profile({ ...visa, graduationYear: 2024, exams: [step1Pass(), step2(236)] }), { asOf: '2026-06-01' }).step3).toBe('BEFORE_APPLYING');
  });
  it('the same student still at school: told when Step 3 becomes useful instead', () => {
    const rec = recommend(profile({ ...visa, graduationYear: 2027, exams: [step1Pass(), step2(236)] }), { asOf: '2026-06-01' });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(rec.reasons.find((r) => r.ruleId === 'exams.step3')?.message).toMatch(/needs the medical degree/);
    expect(rec.actions.find((a) => a.code === 'STEP3_WHEN_ELIGIBLE')?.message).toMatch(/before residency starts/);
  });
  it('graduated without a passed Step 2 CK: not yet', () => {
    expect(recommend(profile({ ...visa, graduationYear: 2024, exams: [step1Pass()] }), { asOf: '2026-06-01' }).step3).toBe('AFTER_MATCH');
  });
  it('graduated and eligible but past the last useful sitting: not for this cycle', () => {
    const rec = recommend(profile({ ...visa, graduationYear: 2024, exams: [step1Pass(), step2(236)] }), { asOf: '2026-08-20' });
    expect(rec.step3).toBe('AFTER_MATCH');
    expect(rec.reasons.find((r) => r.ruleId === 'exams.step3')?.message).toMatch(/last Step 3 sitting/);
  });
  it('the rule says its eligibility is general USMLE knowledge, not article text', () => {
    const rec = recommend(profile(), { asOf: '2026-06-01' });
    expect(rec.reasons.find((r) => r.ruleId === 'exams.step3')?.source).toMatch(/USMLE rules \(general knowledge, not from the articles\)/);
  });
});
