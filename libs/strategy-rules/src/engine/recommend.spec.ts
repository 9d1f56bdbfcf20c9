import { RULES_VERSION, recommend } from '../index';
import { profile, step1Pass, step2 } from '../testing/builders';

describe('recommend', () => {
  it('stamps the rules version and the asOf date', () => {
    const rec = recommend(profile(), { asOf: '2026-07-01' });
    expect(rec.rulesVersion).toBe(RULES_VERSION);
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(rec.asOf).toBe('2026-07-01');
  });

  it('defaults asOf to today (UTC)', () => {
    jest.useFakeTimers({ now: new Date('2026-03-04T23:30:00Z') });
    try {
      expect(recommend(profile()).asOf).toBe('2026-03-04');
    } finally {
      jest.useRealTimers();
    }
  });

  it.each(['2026-02-30', '07/01/2026', 'today'])('rejects an invalid asOf %p', (asOf) => {
    expect(() => recommend(profile(), { asOf })).toThrow(RangeError);
  });

  describe('application year', () => {
    const missingDue = (p = profile(), asOf = '2026-07-01') => recommend(p, { asOf }).actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy;
    it('a current student applies the year before graduating', () => {
      expect(missingDue(profile({ graduationYear: 2028 }))).toBe('2027-07-31');
    });
    it('a graduate applies in this year\'s cycle until its submission window closes (30 September), then in the next', () => {
      expect(missingDue(profile({ graduationYear: 2024 }), '2026-06-30')).toBe('2026-07-31');
      // 31 July has passed: the next date that can still be met.
      expect(missingDue(profile({ graduationYear: 2024 }), '2026-08-31')).toBe('2026-08-31');
      expect(missingDue(profile({ graduationYear: 2024 }), '2026-09-30')).toBe('2026-09-30');
      expect(missingDue(profile({ graduationYear: 2024 }), '2026-10-01')).toBe('2027-07-31');
    });
    it('graduation counts from June of the graduation year; a closed cycle rolls forward', () => {
      // A student graduating in 2026 would have applied in the 2025 cycle, closed by May 2026: the plan is for 2026.
      expect(missingDue(profile({ graduationYear: 2026 }), '2026-05-31')).toBe('2026-07-31');
      expect(missingDue(profile({ graduationYear: 2026 }), '2026-06-01')).toBe('2026-07-31');
    });
    it('an explicit applicationYear wins', () => {
      expect(missingDue(profile({ graduationYear: 2028, applicationYear: 2029 }))).toBe('2029-07-31');
    });
  });

  it('lists a reason for every rule that shaped the result, bands first and pathway before the plan', () => {
    const rec = recommend(profile({ exams: [step1Pass(), step2(250)] }), { asOf: '2026-07-01' });
    const ids = rec.reasons.map((r) => r.ruleId);
    expect(ids[0]).toBe('ir.step2ck.band');
    expect(ids.indexOf('pathway.ir.framework')).toBeLessThan(ids.indexOf('applications.integrated-ir'));
    expect(ids).toEqual(expect.arrayContaining(['letters.ir-target', 'letters.shortfall', 'exams.step3', 'rotations.ir.home-away']));
  });

  it('sorts flags from CRITICAL to INFO and actions by priority', () => {
    const rec = recommend(profile({ applicantType: 'NON_US_IMG', exams: [step2(225)] }), { asOf: '2026-07-01' });
    const order = { CRITICAL: 0, WARNING: 1, INFO: 2 };
    const severities = rec.flags.map((f) => order[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    const priorities = rec.actions.map((a) => a.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
  });
});
