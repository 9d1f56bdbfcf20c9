import { recommend } from '../../index';
import { flagOf, letter, profile, step2 } from '../../testing/builders';
import type { ApplicantProfile } from '../../types';

const AS_OF = '2026-07-01';
const shortfallOf = (p: ApplicantProfile, asOf = AS_OF) => {
  const rec = recommend(p, { asOf });
  return {
    shortfall: rec.letters.shortfall,
    reason: rec.reasons.find((r) => r.ruleId === 'letters.shortfall')?.message,
    flag: flagOf(rec, 'LETTER_SHORTFALL'),
    action: rec.actions.find((a) => a.code === 'SECURE_LETTERS'),
  };
};

const mdNoLetters = profile({ exams: [step2(250)] });
const mdOneIrLetter = profile({ exams: [step2(250)], letters: [letter('IR')] });
const imgDrForeignLetters = profile({
  applicantType: 'US_IMG',
  target: 'DR',
  graduationYear: 2024,
  exams: [step2(226)],
  letters: [letter('DR', 'COMMITTED', false), letter('IM', 'SUBMITTED')],
});

// Three situations with the same counts (one radiology letter of three missing) that differ only in target or US faculty.
const mdIrOneDrMissing = profile({ exams: [step2(250)], letters: [letter('IR'), letter('IR')] });
const mdDrOneMissing = profile({ target: 'DR', exams: [step2(240)], letters: [letter('DR'), letter('IM')] });
const imgDrOneMissing = profile({ applicantType: 'US_IMG', target: 'DR', graduationYear: 2024, exams: [step2(240)], letters: [letter('DR'), letter('IM')] });

describe('letters.shortfall', () => {
  it('names what is missing by kind of writer, with the count and the plan', () => {
    expect(shortfallOf(mdNoLetters)).toMatchObject({
      shortfall: 3,
      reason: '3 of 3 planned letters still missing: 2 from IR, 1 from DR.',
      flag: { severity: 'WARNING', message: '3 of 3 planned letters still missing: 2 from IR, 1 from DR.' },
      action: { priority: 1, dueBy: '2026-09-01' },
    });
    expect(shortfallOf(mdNoLetters).action?.message).toMatch(/^Ask for 3 more letters: 2 from IR, 1 from DR\./);
    expect(shortfallOf(mdOneIrLetter).reason).toBe('2 of 3 planned letters still missing: 1 from IR, 1 from DR.');
    expect(shortfallOf(mdOneIrLetter).action?.message).toMatch(/^Ask for 2 more letters: 1 from IR, 1 from DR\./);
  });

  it('counts only US writers when the plan requires US faculty, and says so', () => {
    expect(shortfallOf(imgDrForeignLetters)).toMatchObject({
      shortfall: 2,
      reason: '2 of 3 planned letters still missing (US faculty only): 2 from radiology.',
    });
  });

  it('words the same counts by target and by the US-faculty rule', () => {
    expect(shortfallOf(mdIrOneDrMissing).reason).toBe('1 of 3 planned letters still missing: 1 from DR.');
    expect(shortfallOf(mdDrOneMissing).reason).toBe('1 of 3 planned letters still missing: 1 from radiology.');
    expect(shortfallOf(imgDrOneMissing).reason).toBe('1 of 3 planned letters still missing (US faculty only): 1 from radiology.');
    expect(shortfallOf(mdDrOneMissing).action?.message).toMatch(/^Ask for 1 more letter: 1 from radiology\./);
  });

  it('gives each situation its own words however often and in whatever order they come', () => {
    const first = [mdNoLetters, mdOneIrLetter, imgDrForeignLetters].map((p) => shortfallOf(p));
    const again = [imgDrForeignLetters, mdOneIrLetter, mdNoLetters, mdOneIrLetter].map((p) => shortfallOf(p));
    expect(again).toEqual([first[2], first[1], first[0], first[1]]);
  });

  it('turns CRITICAL from 1 August of the application year, with the same words', () => {
    const july = shortfallOf(mdNoLetters, '2026-07-31');
    const august = shortfallOf(mdNoLetters, '2026-08-01');
    expect(july.flag?.severity).toBe('WARNING');
    expect(august.flag?.severity).toBe('CRITICAL');
    expect(august.flag?.message).toBe(july.flag?.message);
  });

  it('raises nothing once the plan is covered', () => {
    const covered = profile({ exams: [step2(250)], letters: [letter('IR'), letter('IR', 'SUBMITTED'), letter('DR')] });
    expect(shortfallOf(covered)).toEqual({ shortfall: 0, reason: 'All 3 planned letters are secured.', flag: undefined, action: undefined });
  });
});
