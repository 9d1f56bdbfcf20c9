import { diffRecommendations, recommend } from '../index';
import type { Recommendation } from '../types';
import { fail, letter, profile, rotation, step1Pass, step2 } from '../testing/builders';

const asOf = '2026-07-01';
const base = profile({ exams: [step1Pass(), step2(238)] });
const strong = { ...base, rotations: [rotation('IR', { setting: 'HOME' }), rotation('IR')], letters: [letter('IR'), letter('IR')] };

describe('diffRecommendations', () => {
  it('returns nothing for identical recommendations, even on another day', () => {
    const a = recommend(base, { asOf });
    expect(diffRecommendations(a, recommend(base, { asOf: '2026-07-02' }))).toEqual([]);
  });

  it('reports an upgrade with its codes and words', () => {
    const before = recommend(base, { asOf });
    const after = recommend(strong, { asOf });
    const changes = diffRecommendations(before, after);
    expect(changes[0]).toEqual({
      code: 'PATHWAY_CHANGED',
      from: 'DR_THEN_IR',
      to: 'DUAL_IR_DR',
      direction: 'UPGRADE',
      message: 'Upgrade: pathway changed from DR first, then IR to Integrated IR and DR together.',
    });
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'APPLICATIONS_CHANGED', field: 'integratedIR', from: null, to: { min: 10, max: 20 } }),
        expect.objectContaining({ code: 'LETTERS_CHANGED', field: 'secured', from: 0, to: 2 }),
        expect.objectContaining({ code: 'LETTERS_CHANGED', field: 'shortfall', from: 3, to: 1 }),
        expect.objectContaining({ code: 'FLAG_REMOVED', flag: 'NO_IR_ROTATION', ruleId: 'rotations.ir.home-away' }),
        expect.objectContaining({ code: 'ACTION_ADDED', action: 'RANK_LIST', ruleId: 'programs.ranking' }),
      ]),
    );
    for (const c of changes) expect(c.message.length).toBeGreaterThan(0);
  });

  it('reports a downgrade, band changes, a new flag and Step 3 advice', () => {
    const before = recommend(strong, { asOf });
    const after = recommend({ ...strong, exams: [fail('STEP1'), step1Pass(), fail('STEP2CK'), step2(238)] }, { asOf });
    const changes = diffRecommendations(before, after);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'PATHWAY_CHANGED', from: 'DUAL_IR_DR', to: 'STRENGTHEN_THEN_APPLY', direction: 'DOWNGRADE' }),
        expect.objectContaining({ code: 'BAND_CHANGED', band: 'ir', from: 'BORDERLINE', to: 'VERY_LOW', direction: 'DOWNGRADE' }),
        expect.objectContaining({ code: 'BAND_CHANGED', band: 'dr', from: 'COMPETITIVE', to: 'VERY_LOW', direction: 'DOWNGRADE' }),
        expect.objectContaining({ code: 'FLAG_ADDED', flag: 'STEP_FAILURE', severity: 'CRITICAL', ruleId: 'flags.step-failure' }),
        expect.objectContaining({ code: 'ACTION_ADDED', action: 'STEP3_WHEN_ELIGIBLE', ruleId: 'exams.step3' }),
      ]),
    );
  });

  it('band changes from or to UNKNOWN carry no direction; basis changes are reported', () => {
    const before = recommend(profile(), { asOf });
    const after = recommend(base, { asOf });
    const changes = diffRecommendations(before, after);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'BAND_CHANGED', band: 'ir', from: 'UNKNOWN', to: 'BORDERLINE', direction: null }),
        expect.objectContaining({ code: 'BAND_BASIS_CHANGED', from: 'NONE', to: 'STEP2CK' }),
      ]),
    );
  });

  it('flag severity changes read as eased or worsened', () => {
    const before = recommend(base, { asOf: '2026-07-31' });
    const after = recommend(base, { asOf: '2026-08-01' });
    expect(diffRecommendations(before, after)).toEqual([
      {
        code: 'FLAG_SEVERITY_CHANGED',
        flag: 'LETTER_SHORTFALL',
        from: 'WARNING',
        to: 'CRITICAL',
        direction: 'DOWNGRADE',
        message: 'Flag LETTER_SHORTFALL worsened from WARNING to CRITICAL.',
      },
    ]);
    expect(diffRecommendations(after, before)[0]).toMatchObject({ direction: 'UPGRADE' });
  });

  it('reports a rules version change, alternatives and backup changes in a fixed order', () => {
    const before = recommend(profile({ applicantType: 'US_IMG', target: 'DR', exams: [step2(212)] }), { asOf });
    const after: Recommendation = { ...recommend(profile({ applicantType: 'US_IMG', target: 'DR', exams: [step2(222)] }), { asOf }), rulesVersion: '2099.1.0' };
    const changes = diffRecommendations(before, after);
    const order = changes.map((c) => c.code);
    expect(order.slice(0, 3)).toEqual(['RULES_VERSION_CHANGED', 'PATHWAY_CHANGED', 'ALTERNATIVES_CHANGED']);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'APPLICATIONS_CHANGED', field: 'backup', message: 'Backup applications: IM 15-25 -> none.' }),
        expect.objectContaining({ code: 'APPLICATIONS_CHANGED', field: 'diagnosticRadiology', message: 'DR applications: 80+ -> 60-80.' }),
      ]),
    );
    expect(diffRecommendations(before, after)).toEqual(changes);
  });

  it('reports a plan rolled to the next cycle and action dates moved on by the calendar', () => {
    const p = profile({ graduationYear: 2025, homeProgramHasIR: true });
    const july = recommend(p, { asOf: '2026-07-01' });
    const august = recommend(p, { asOf: '2026-08-15' });
    const october = recommend(p, { asOf: '2026-10-02' });
    expect(diffRecommendations(july, august)).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'ACTION_DUE_CHANGED', action: 'SCHEDULE_STEP2CK', from: '2026-07-31', to: '2026-08-31' })]),
    );
    expect(diffRecommendations(august, october)[0]).toEqual(
      expect.objectContaining({ code: 'CYCLE_CHANGED', from: 2026, to: 2027, message: 'The plan is now for the 2027 cycle instead of 2026.' }),
    );
  });
});
