/**
 * USMLE facts the validation relies on: general knowledge from the USMLE's own announcements, not from the articles.
 * Kept as dated data so a future change is one more row.
 */
import type { ExamName } from '../types';

export interface PassingScore {
  /** First test day the minimum applies to (YYYY-MM-DD). */
  readonly from: string;
  readonly score: number;
}

/**
 * Minimum passing scores by effective date, oldest first. Current values: Step 1 196 (from 26 January 2022, when Step 1
 * also became pass/fail), Step 2 CK 218 (raised from 214 for tests from 1 July 2025; 214 applied from 1 July 2022),
 * Step 3 200 (from 1 January 2024). Attempts dated before the first row are not checked against a minimum.
 */
export const MINIMUM_PASSING_SCORES: Readonly<Record<ExamName, readonly PassingScore[]>> = Object.freeze({
  STEP1: Object.freeze([
    { from: '2014-01-01', score: 192 },
    { from: '2018-01-01', score: 194 },
    { from: '2022-01-26', score: 196 },
  ]),
  STEP2CK: Object.freeze([
    { from: '2013-07-01', score: 203 },
    { from: '2014-07-01', score: 209 },
    { from: '2022-07-01', score: 214 },
    { from: '2025-07-01', score: 218 },
  ]),
  STEP3: Object.freeze([
    { from: '2016-01-01', score: 196 },
    { from: '2020-01-01', score: 198 },
    { from: '2024-01-01', score: 200 },
  ]),
});

/** USMLE three-digit scores are reported on a 1-300 scale for every Step. */
export const SCORE_RANGES: Readonly<Record<ExamName, { readonly min: number; readonly max: number }>> = Object.freeze({
  STEP1: Object.freeze({ min: 1, max: 300 }),
  STEP2CK: Object.freeze({ min: 1, max: 300 }),
  STEP3: Object.freeze({ min: 1, max: 300 }),
});

/** Step 1 results are pass/fail for tests on or after this day. */
export const STEP1_PASS_FAIL_FROM = '2022-01-26';

/** USMLE allows at most four attempts at each Step (rule in force since July 2021). */
export const MAX_ATTEMPTS = 4;

/** The minimum in force on a test day; null before the first known row. */
export function passingScoreOn(exam: ExamName, date: string): number | null {
  const rows = MINIMUM_PASSING_SCORES[exam];
  let found: number | null = null;
  for (const r of rows) if (r.from <= date) found = r.score;
  return found;
}

/** Lowest and highest minimum ever in the table (for attempts without a date). */
export function passingScoreBounds(exam: ExamName): { lowest: number; highest: number } {
  const scores = MINIMUM_PASSING_SCORES[exam].map((r) => r.score);
  return { lowest: Math.min(...scores), highest: Math.max(...scores) };
}
