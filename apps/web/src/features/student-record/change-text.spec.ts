import { describe, expect, it } from 'vitest';
import { describeChange, flagName } from './change-text';
import { recommendationFor } from './testing/fixtures';

describe('describeChange', () => {
  const before = recommendationFor(243);
  const after = recommendationFor(258, {
    exams: [
      { exam: 'STEP2CK', result: 'PASS', score: 243, date: '2026-01-10' },
      { exam: 'STEP2CK', result: 'PASS', score: 258, date: '2026-03-10' },
    ],
  });

  it('names pathways, bands, ranges and Step 3 advice in words', () => {
    expect(describeChange({ code: 'PATHWAY_CHANGED', from: 'DR_THEN_IR', to: 'DUAL_IR_DR', direction: 'UPGRADE', message: '' }, before, after)).toBe(
      'Pathway moved up: from DR first, then IR (ESIR or Independent IR) to Integrated IR and DR together.',
    );
    expect(describeChange({ code: 'BAND_CHANGED', band: 'ir', from: 'UNKNOWN', to: 'HIGH', direction: null, message: '' }, before, after)).toBe('IR score band: No score yet → High.');
    expect(
      describeChange({ code: 'APPLICATIONS_CHANGED', field: 'integratedIR', from: { min: 10, max: 20 }, to: { min: 20, max: 30 }, message: '' }, before, after),
    ).toBe('Integrated IR programs: 10–20 → 20–30.');
    expect(describeChange({ code: 'APPLICATIONS_CHANGED', field: 'backup', from: null, to: { specialty: 'IM', programs: { min: 15, max: null } }, message: '' }, before, after)).toBe(
      'Backup programs: none → Internal Medicine 15+.',
    );
    expect(describeChange({ code: 'LETTERS_CHANGED', field: 'secured', from: 2, to: 3, message: '' }, before, after)).toBe('Letters secured: 2 → 3.');
    expect(describeChange({ code: 'STEP3_CHANGED', from: 'OPTIONAL', to: 'NOT_NEEDED', message: '' }, before, after)).toBe('Step 3 advice: Step 3 is optional → Step 3 is not needed now.');
  });

  it('quotes the flag or action itself rather than its code', () => {
    const flag = after.flags.find((f) => f.code === 'MULTIPLE_ATTEMPTS');
    expect(flag).toBeDefined();
    expect(describeChange({ code: 'FLAG_ADDED', flag: 'MULTIPLE_ATTEMPTS', severity: 'WARNING', ruleId: 'x', message: '' }, before, after)).toBe(`New warning: ${flag?.message ?? ''}`);
    const gone = before.actions[0];
    expect(describeChange({ code: 'ACTION_REMOVED', action: gone.code, ruleId: gone.ruleId, message: '' }, before, after)).toBe(`Done or no longer needed: ${gone.message}`);
    expect(describeChange({ code: 'FLAG_REMOVED', flag: 'SOMETHING_OLD', severity: 'INFO', ruleId: 'x', message: '' }, null, after)).toBe('No longer a concern: Something old.');
  });

  it('says when the plan moved to another cycle and when the calendar moved a date', () => {
    expect(describeChange({ code: 'CYCLE_CHANGED', from: 2026, to: 2027, message: '' }, before, after)).toBe('The plan now prepares the 2027 application cycle (before: 2026).');
    const moved = after.actions[0];
    expect(describeChange({ code: 'ACTION_DUE_CHANGED', action: moved.code, ruleId: moved.ruleId, from: '2026-07-31', to: '2026-08-31', message: '' }, before, after)).toBe(
      `New date (2026-08-31, was 2026-07-31): ${moved.message}`,
    );
    expect(describeChange({ code: 'LETTERS_CHANGED', field: 'extra', from: 1, to: 0, message: '' }, before, after)).toBe('Letters beyond the plan: 1 → 0.');
  });

  it('turns an unknown code into words', () => {
    expect(flagName('IR_NETWORKING')).toBe('Ir networking.');
  });
});
