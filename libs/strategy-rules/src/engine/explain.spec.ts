/**
 * Explanations people can check (issue 11): one deciding reason, the others "also considered"; sources by title and
 * section; one definition of secured and needed letters.
 */
import fc from 'fast-check';
import { RULES, recommend } from '../index';
import { asOfArb, profileArb } from '../testing/arbitraries';
import { letter, profile, rotation, research, step1Pass, step2 } from '../testing/builders';

const RUNS = { numRuns: 500 };
const FILE_OR_SEED = /seed|\.txt\b|\d{3}_[0-9a-f]{16}/i;

describe('one deciding reason', () => {
  it('names the deciding rule and the student\'s own figures in one sentence', () => {
    const rec = recommend(
      profile({
        exams: [step1Pass(), step2(238)],
        rotations: [rotation('IR', { setting: 'HOME', outcome: 'HONORS' })],
        research: [research('IR', 'POSTER', 'PRESENTED')],
      }),
      { asOf: '2026-07-01' },
    );
    expect(rec.decidingReason.ruleId).toBe('pathway.ir.framework');
    expect(rec.decidingReason.message).toMatch(/^Step 2 CK 238 is in the 235-244 IR band, with 1 completed IR rotation with honours or high pass, 1 IR research item: below-average IR band/);
    expect(rec.decidingReason.message.match(/\.\s+[A-Z]/g)).toBeNull();
  });

  it('property: exactly one pathway reason decides; every other pathway reason is marked also considered, never an instruction', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        const pathway = rec.reasons.filter((r) => r.ruleId.startsWith('pathway.'));
        expect(pathway.filter((r) => r.role === 'DECIDING')).toEqual([rec.decidingReason]);
        for (const r of pathway.filter((x) => x.role !== 'DECIDING')) {
          expect(r.role).toBe('ALSO_CONSIDERED');
          expect(r.message).toMatch(/^Also considered: /);
        }
        const s2 = p.exams.find((e) => e.exam === 'STEP2CK' && e.result === 'PASS' && e.score !== undefined)?.score;
        if (s2 !== undefined) expect(rec.decidingReason.message).toContain(`Step 2 CK ${s2}`);
      }),
      RUNS,
    );
  });
});

describe('sources and words people can read', () => {
  it('property: no text the library produces names a stored file or the word "seed"', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const rec = recommend(p, { asOf });
        for (const x of [...rec.flags, ...rec.actions]) expect(x.message).not.toMatch(FILE_OR_SEED);
        for (const r of [...rec.reasons, rec.decidingReason]) {
          expect(r.message).not.toMatch(FILE_OR_SEED);
          expect(r.source).not.toMatch(FILE_OR_SEED);
        }
      }),
      RUNS,
    );
    for (const r of RULES) {
      expect(`${r.source} ${r.summary} ${JSON.stringify(r.citations)}`).not.toMatch(FILE_OR_SEED);
    }
  });
});

describe('letters: one definition of secured and needed', () => {
  it('three letters secured but one of the wrong kind: 2 of 3 secured, 1 still needed, 1 extra (never "3 of 3 secured, 1 still needed")', () => {
    const rec = recommend(profile({ letters: [letter('IR'), letter('IR'), letter('IM')] }), { asOf: '2026-07-01' });
    expect(rec.letters).toMatchObject({ needed: 3, secured: 2, shortfall: 1, extra: 1 });
  });

  it('property: secured <= needed, secured + still needed = needed, and the shortfall words give the same count', () => {
    fc.assert(
      fc.property(profileArb, asOfArb, (p, asOf) => {
        const { letters, flags } = recommend(p, { asOf });
        expect(letters.secured).toBeLessThanOrEqual(letters.needed);
        expect(letters.secured + letters.shortfall).toBe(letters.needed);
        const flag = flags.find((f) => f.code === 'LETTER_SHORTFALL');
        if (letters.shortfall === 0) expect(flag).toBeUndefined();
        else expect(flag?.message).toMatch(new RegExp(`^${letters.shortfall} of ${letters.needed} planned letters? still missing`));
      }),
      RUNS,
    );
  });
});
