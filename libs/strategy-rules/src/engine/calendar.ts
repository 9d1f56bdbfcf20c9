/**
 * The application calendar, as data: one entry per cycle (the year applications are submitted; the match is in March of
 * the next year). Pure: dates are computed from the national pattern, never read from a clock.
 *
 * The national pattern (ERAS and NRMP, general knowledge, checked against the 2023-2025 cycles):
 * - ERAS opens to applicants on the first Wednesday of June; applicants submit from the first Wednesday of September
 *   and programs start reviewing three weeks later.
 * - The submission window is the September window the articles plan around (Step 2 CK back "before applications open",
 *   not "past early September"); we close it on 30 September. After that a cycle is closed for planning: a student who
 *   has not matched plans for the next one.
 * - Interviews run from October through January; the rank order list is certified on the Wednesday 16 days before
 *   Match Day, which is the third Friday of March.
 * - The article dates (Step 2 CK ideally by 31 July, by 31 August for remediation, never past 10 September; letters in by
 *   1 September) sit on the same calendar.
 * - Step 3: its results take about three to four weeks (USMLE, general knowledge), so the last sitting that can help an
 *   application is five weeks before submission opens.
 */

export interface CycleCalendar {
  /** The year applications are submitted. */
  readonly cycle: number;
  readonly seasonOpens: string;
  readonly submissionOpens: string;
  readonly programsReview: string;
  readonly submissionWindowCloses: string;
  readonly interviewsStart: string;
  readonly interviewsEnd: string;
  readonly rankListDeadline: string;
  readonly matchDay: string;
  readonly step2ckIdealBy: string;
  readonly step2ckRemediationBy: string;
  readonly step2ckLatest: string;
  readonly lettersBy: string;
  readonly step3LatestSitting: string;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const iso = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const DAY = 86_400_000;

/** First given weekday (0 = Sunday) of a month, as a UTC timestamp. */
function firstWeekday(year: number, month: number, weekday: number): number {
  const first = Date.UTC(year, month - 1, 1);
  const offset = (weekday - new Date(first).getUTCDay() + 7) % 7;
  return first + offset * DAY;
}

export function buildCycle(cycle: number): CycleCalendar {
  const submission = firstWeekday(cycle, 9, 3);
  const match = firstWeekday(cycle + 1, 3, 5) + 14 * DAY;
  return Object.freeze({
    cycle,
    seasonOpens: iso(firstWeekday(cycle, 6, 3)),
    submissionOpens: iso(submission),
    programsReview: iso(submission + 21 * DAY),
    submissionWindowCloses: `${cycle}-09-30`,
    interviewsStart: `${cycle}-10-01`,
    interviewsEnd: `${cycle + 1}-01-31`,
    rankListDeadline: iso(match - 16 * DAY),
    matchDay: iso(match),
    step2ckIdealBy: `${cycle}-07-31`,
    step2ckRemediationBy: `${cycle}-08-31`,
    step2ckLatest: `${cycle}-09-10`,
    lettersBy: `${cycle}-09-01`,
    step3LatestSitting: iso(submission - 35 * DAY),
  });
}

export const FIRST_CYCLE = 2015;
export const LAST_CYCLE = 2045;

/** Every cycle from 2015 to 2045, frozen. */
export const APPLICATION_CALENDAR: readonly CycleCalendar[] = Object.freeze(
  Array.from({ length: LAST_CYCLE - FIRST_CYCLE + 1 }, (_, i) => buildCycle(FIRST_CYCLE + i)),
);

/** The calendar of one cycle (built on the same pattern outside the table's years). */
export function cycleCalendar(cycle: number): CycleCalendar {
  return cycle >= FIRST_CYCLE && cycle <= LAST_CYCLE ? APPLICATION_CALENDAR[cycle - FIRST_CYCLE] : buildCycle(cycle);
}

/** YYYY-MM-DD plus a number of days. */
export function addDays(date: string, days: number): string {
  return iso(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * DAY);
}

/** The calendar's dates as YYYYMMDD numbers, for allocation-free comparisons in the hot path. */
export interface CycleKeys {
  readonly closes: number;
  readonly step3Sitting: number;
  readonly ideal: number;
  readonly remediation: number;
  readonly latest: number;
  readonly lettersBy: number;
}

const key = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
const keysOf = (c: CycleCalendar): CycleKeys =>
  Object.freeze({
    closes: key(c.submissionWindowCloses),
    step3Sitting: key(c.step3LatestSitting),
    ideal: key(c.step2ckIdealBy),
    remediation: key(c.step2ckRemediationBy),
    latest: key(c.step2ckLatest),
    lettersBy: key(c.lettersBy),
  });
const KEYS: readonly CycleKeys[] = APPLICATION_CALENDAR.map(keysOf);

export function cycleKeys(cycle: number): CycleKeys {
  return cycle >= FIRST_CYCLE && cycle <= LAST_CYCLE ? KEYS[cycle - FIRST_CYCLE] : keysOf(buildCycle(cycle));
}
