/**
 * Every numeric threshold, tested on both sides.
 */
import { recommend } from '../../index';
import type { ApplicantProfile, Band, Recommendation } from '../../types';
import { fail, flagOf, letter, profile, rotation, scheduled, step1Pass, step2 } from '../../testing/builders';

const asOf = '2026-07-01';
const at = (p: ApplicantProfile, when = asOf): Recommendation => recommend(p, { asOf: when });
const ck = (score: number, extra: Partial<ApplicantProfile> = {}) => at(profile({ exams: [step1Pass(), step2(score)], ...extra }));

describe('IR band (ir.step2ck.band)', () => {
  it.each<[number, Band]>([
    [300, 'HIGH'],
    [255, 'HIGH'],
    [254, 'COMPETITIVE'],
    [245, 'COMPETITIVE'],
    [244, 'BORDERLINE'],
    [235, 'BORDERLINE'],
    [234, 'LOW'],
    [230, 'LOW'],
    [229, 'VERY_LOW'],
    [1, 'VERY_LOW'],
  ])('Step 2 CK %i -> %s', (score, band) => {
    const rec = ck(score);
    expect(rec.bands.ir).toBe(band);
    expect(rec.bands.basis).toBe('STEP2CK');
  });
});

describe('DR band (dr.step2ck.band)', () => {
  it.each<[number, Band]>([
    [245, 'HIGH'],
    [244, 'COMPETITIVE'],
    [230, 'COMPETITIVE'],
    [229, 'BORDERLINE'],
    [220, 'BORDERLINE'],
    [219, 'LOW'],
    [210, 'LOW'],
    [209, 'VERY_LOW'],
  ])('Step 2 CK %i -> %s', (score, band) => {
    expect(ck(score, { target: 'DR' }).bands.dr).toBe(band);
  });

  it('uses the best passing score and ignores failed attempts', () => {
    const rec = at(profile({ exams: [{ exam: 'STEP2CK', result: 'FAIL', score: 205 }, step2(241)] }));
    expect(rec.bands.dr).toBe('BORDERLINE'); // 241 is COMPETITIVE, capped by the failure
    expect(rec.bands.ir).toBe('LOW');
  });
});

describe('numeric Step 1 without Step 2 CK (bands.step1.numeric)', () => {
  it.each([260, 230])('Step 1 %i is not low: the bands stay open, exactly as with a plain pass', (score) => {
    const numeric = at(profile({ exams: [step1Pass(score)] }));
    const plain = at(profile({ exams: [step1Pass()] }));
    expect(numeric.bands).toEqual({ ir: 'UNKNOWN', dr: 'UNKNOWN', basis: 'NONE' });
    expect(numeric.primaryPathway).toBe(plain.primaryPathway);
    expect(numeric.applications).toEqual(plain.applications);
  });

  it.each<[number, Band, Band]>([
    [229, 'LOW', 'BORDERLINE'],
    [220, 'LOW', 'BORDERLINE'],
    [219, 'VERY_LOW', 'LOW'],
  ])('Step 1 %i -> IR %s, DR %s', (score, ir, dr) => {
    const rec = at(profile({ exams: [step1Pass(score)] }));
    expect(rec.bands).toEqual({ ir, dr, basis: 'STEP1' });
  });

  it('a Step 1 under 230 caps a HIGH IR band at COMPETITIVE; 230 does not', () => {
    expect(at(profile({ exams: [step1Pass(229), step2(260)] })).bands.ir).toBe('COMPETITIVE');
    expect(at(profile({ exams: [step1Pass(230), step2(260)] })).bands.ir).toBe('HIGH');
  });

  it('LOW_STEP1 at 229, not at 230', () => {
    expect(flagOf(at(profile({ exams: [step1Pass(229)] })), 'LOW_STEP1')?.severity).toBe('WARNING');
    expect(flagOf(at(profile({ exams: [step1Pass(230)] })), 'LOW_STEP1')).toBeUndefined();
    expect(flagOf(at(profile({ target: 'DR', exams: [step1Pass(229)] })), 'LOW_STEP1')?.severity).toBe('INFO');
  });
});

describe('failures (bands.failures)', () => {
  it('no score, no failure: UNKNOWN', () => {
    expect(at(profile()).bands).toEqual({ ir: 'UNKNOWN', dr: 'UNKNOWN', basis: 'NONE' });
  });
  it('one failure caps IR at LOW and DR at BORDERLINE', () => {
    expect(at(profile({ exams: [fail('STEP1'), step1Pass(), step2(262)] })).bands).toEqual({ ir: 'LOW', dr: 'BORDERLINE', basis: 'STEP2CK' });
    expect(at(profile({ exams: [fail('STEP3'), step2(212)] })).bands.dr).toBe('LOW');
  });
  it('an exam failed and not yet passed puts both bands at the bottom, below any passing score', () => {
    expect(at(profile({ exams: [fail('STEP1')] })).bands).toEqual({ ir: 'VERY_LOW', dr: 'VERY_LOW', basis: 'NONE' });
    expect(at(profile({ exams: [step1Pass(), fail('STEP2CK')] })).bands).toEqual({ ir: 'VERY_LOW', dr: 'VERY_LOW', basis: 'NONE' });
  });
  it('a failure followed by a pass caps the bands (IR LOW, DR BORDERLINE) instead', () => {
    expect(at(profile({ exams: [fail('STEP1'), step1Pass()] })).bands).toEqual({ ir: 'LOW', dr: 'BORDERLINE', basis: 'NONE' });
  });
  it('two failures make both bands VERY_LOW', () => {
    expect(at(profile({ exams: [fail('STEP1'), step1Pass(), fail('STEP2CK'), step2(262)] })).bands).toEqual({
      ir: 'VERY_LOW',
      dr: 'VERY_LOW',
      basis: 'STEP2CK',
    });
  });
});

describe('LOW_STEP2CK thresholds (flags.low-step2ck)', () => {
  it.each<[number, string | undefined]>([
    [235, undefined],
    [234, 'WARNING'],
    [230, 'WARNING'],
    [229, 'CRITICAL'],
  ])('IR target, %i -> %s', (score, severity) => {
    expect(flagOf(ck(score), 'LOW_STEP2CK')?.severity).toBe(severity);
  });
  it.each<[number, string | undefined]>([
    [230, undefined],
    [229, 'INFO'],
    [220, 'INFO'],
    [219, 'WARNING'],
    [210, 'WARNING'],
    [209, 'CRITICAL'],
  ])('DR target, %i -> %s', (score, severity) => {
    expect(flagOf(ck(score, { target: 'DR' }), 'LOW_STEP2CK')?.severity).toBe(severity);
  });
});

describe('application counts at their thresholds', () => {
  it('US MD: IR list 20-30 from 245, 10-20 at 244 (with a dual pathway)', () => {
    const strong = { rotations: [rotation('IR')], letters: [letter('IR')] };
    expect(ck(245, strong).applications.integratedIR).toEqual({ min: 20, max: 30 });
    expect(ck(244, strong).applications.integratedIR).toEqual({ min: 10, max: 20 });
    expect(ck(245, strong).applications.diagnosticRadiology).toEqual({ min: 10, max: 20 });
    expect(ck(244, strong).applications.diagnosticRadiology).toEqual({ min: 25, max: 40 });
  });

  it('US MD, DR target: 10-20 from 245, 25-40 below', () => {
    expect(ck(245, { target: 'DR' }).applications.diagnosticRadiology).toEqual({ min: 10, max: 20 });
    expect(ck(244, { target: 'DR' }).applications.diagnosticRadiology).toEqual({ min: 25, max: 40 });
  });

  it('US-citizen IMG, DR target: 50-80 from 230, 60-80 at 220-229, 80+ under 220', () => {
    const img = { applicantType: 'US_IMG', target: 'DR' } as const;
    expect(ck(230, img).applications.diagnosticRadiology).toEqual({ min: 50, max: 80 });
    expect(ck(229, img).applications.diagnosticRadiology).toEqual({ min: 60, max: 80 });
    expect(ck(220, img).applications.diagnosticRadiology).toEqual({ min: 60, max: 80 });
    expect(ck(219, img).applications.diagnosticRadiology).toEqual({ min: 80, max: null });
  });
});

describe('pathway thresholds', () => {
  it('DR target, US-citizen IMG: DR at 220, strengthen first at 219, 3 radiology outputs switch to DR_WITH_BACKUP', () => {
    const img = { applicantType: 'US_IMG', target: 'DR' } as const;
    expect(ck(220, img).primaryPathway).toBe('DR');
    expect(ck(219, img).primaryPathway).toBe('STRENGTHEN_THEN_APPLY');
    const two = [
      { field: 'DR', kind: 'POSTER', status: 'PRESENTED' },
      { field: 'IR', kind: 'ABSTRACT', status: 'ACCEPTED' },
    ] as const;
    expect(ck(219, { ...img, research: [...two] }).primaryPathway).toBe('STRENGTHEN_THEN_APPLY');
    expect(ck(219, { ...img, research: [...two, { field: 'DR', kind: 'PUBLICATION', status: 'PUBLISHED' }] }).primaryPathway).toBe('DR_WITH_BACKUP');
  });

  it('non-US IMG: pathway A needs a Step 2 CK of 230, not 229', () => {
    const a: Partial<ApplicantProfile> = {
      applicantType: 'NON_US_IMG',
      rotations: [rotation('IR')],
      letters: [letter('IR')],
    };
    expect(ck(230, a).primaryPathway).toBe('DUAL_IR_DR');
    expect(ck(229, a).primaryPathway).toBe('DR_THEN_IR');
  });

  it('non-US IMG: pathway C from a DR band under 210', () => {
    const a = { applicantType: 'NON_US_IMG', target: 'DR' } as const;
    expect(ck(210, a).primaryPathway).not.toBe('PRELIM_THEN_REAPPLY');
    expect(ck(209, a).primaryPathway).toBe('PRELIM_THEN_REAPPLY');
  });
});

describe('years since graduation (flags.old-graduate)', () => {
  const grad = (graduationYear: number, applicantType: ApplicantProfile['applicantType'] = 'US_IMG') =>
    flagOf(at(profile({ applicantType, graduationYear, applicationYear: 2026, exams: [step2(240)] })), 'OLD_GRADUATE')?.severity;
  it('IMG: 2 years none, 3 WARNING, 5 WARNING, 6 CRITICAL', () => {
    expect(grad(2024)).toBeUndefined();
    expect(grad(2023)).toBe('WARNING');
    expect(grad(2021)).toBe('WARNING');
    expect(grad(2020)).toBe('CRITICAL');
  });
  it('US graduate: INFO from 3 years', () => {
    expect(grad(2024, 'US_MD')).toBeUndefined();
    expect(grad(2023, 'US_MD')).toBe('INFO');
  });
});

describe('US clinical experience weeks (rotations.usce)', () => {
  const weeks = (done: number, planned = 0) =>
    at(
      profile({
        applicantType: 'US_IMG',
        target: 'DR',
        exams: [step2(240)],
        rotations: [
          ...(done > 0 ? [rotation('DR', { weeks: done })] : []),
          ...(planned > 0 ? [rotation('IM', { weeks: planned, status: 'PLANNED' })] : []),
        ],
      }),
    );
  it('3 weeks: LIMITED_USCE; 4 weeks: none', () => {
    expect(flagOf(weeks(3), 'LIMITED_USCE')?.severity).toBe('CRITICAL');
    expect(flagOf(weeks(3, 1), 'LIMITED_USCE')?.severity).toBe('WARNING');
    expect(flagOf(weeks(4), 'LIMITED_USCE')).toBeUndefined();
  });
  it('7 weeks still nudges toward 8; 8 weeks does not', () => {
    expect(weeks(7).actions.find((a) => a.code === 'USCE_WEEKS')?.priority).toBe(3);
    expect(weeks(8).actions.find((a) => a.code === 'USCE_WEEKS')).toBeUndefined();
  });
  it('US graduates are not checked', () => {
    expect(flagOf(at(profile({ exams: [step2(240)] })), 'LIMITED_USCE')).toBeUndefined();
  });
});

describe('Step 2 CK timing dates (exams.step2ck.timing)', () => {
  const on = (date: string) => at(profile({ exams: [scheduled('STEP2CK', date)] }));
  it('31 July on time; 1 August acceptable; 31 August acceptable; 1 September late; 10 September late; 11 September critical', () => {
    expect(on('2026-07-31').reasons.find((r) => r.ruleId === 'exams.step2ck.timing')?.message).toMatch(/end of July/);
    expect(on('2026-08-01').reasons.find((r) => r.ruleId === 'exams.step2ck.timing')?.message).toMatch(/August/);
    expect(flagOf(on('2026-08-31'), 'STEP2CK_LATE')).toBeUndefined();
    expect(flagOf(on('2026-09-01'), 'STEP2CK_LATE')?.severity).toBe('WARNING');
    expect(flagOf(on('2026-09-10'), 'STEP2CK_LATE')?.severity).toBe('WARNING');
    expect(flagOf(on('2026-09-11'), 'STEP2CK_LATE')?.severity).toBe('CRITICAL');
  });
  it('missing Step 2 CK turns critical after 10 September of the application year', () => {
    expect(flagOf(at(profile(), '2026-09-10'), 'STEP2CK_MISSING')?.severity).toBe('WARNING');
    expect(flagOf(at(profile(), '2026-09-11'), 'STEP2CK_MISSING')?.severity).toBe('CRITICAL');
  });
  it('remediation moves the due date to 31 August', () => {
    const due = (p: ApplicantProfile) => at(p).actions.find((a) => a.code === 'SCHEDULE_STEP2CK')?.dueBy;
    expect(due(profile({ exams: [step1Pass(230)] }))).toBe('2026-07-31');
    expect(due(profile({ exams: [step1Pass(229)] }))).toBe('2026-08-31');
    expect(due(profile({ exams: [fail('STEP1'), step1Pass()] }))).toBe('2026-08-31');
  });
});

describe('letter shortfall severity (letters.shortfall)', () => {
  it('WARNING through 31 July, CRITICAL from 1 August of the application year', () => {
    expect(flagOf(at(profile({ exams: [step2(250)] }), '2026-07-31'), 'LETTER_SHORTFALL')?.severity).toBe('WARNING');
    expect(flagOf(at(profile({ exams: [step2(250)] }), '2026-08-01'), 'LETTER_SHORTFALL')?.severity).toBe('CRITICAL');
  });
});

describe('IR away rotations (rotations.ir.home-away)', () => {
  const away = (score: number, aways: number) => {
    const rec = ck(score, { rotations: Array.from({ length: aways }, () => rotation('IR')) });
    return rec.actions.find((a) => a.code === 'AWAY_IR_ROTATIONS');
  };
  it('COMPETITIVE (245) needs one away, BORDERLINE (244) two', () => {
    expect(away(245, 1)).toBeUndefined();
    expect(away(244, 1)?.message).toMatch(/^Plan 1 more away IR rotation /);
    expect(away(244, 2)).toBeUndefined();
  });
});
