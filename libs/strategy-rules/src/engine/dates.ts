/** Pure date helpers on YYYY-MM-DD strings (no clock). */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is false). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeap(year) ? 29 : DAYS[month - 1];
  return day <= max;
}

/** Today's date in UTC as YYYY-MM-DD. The single clock read of the library: only `recommend` calls it, and only when no asOf is given. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the number YYYYMMDD, for allocation-free comparisons (the string must already be a valid date). */
export function dateKey(value: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    n = n * 10 + (value.charCodeAt(i) - 48);
  }
  return n;
}
