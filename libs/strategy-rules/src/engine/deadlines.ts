import { dateKey } from './dates';
import { type Facts } from './facts';

/** The first candidate date (YYYY-MM-DD) on or after asOf; the last candidate when every one has passed. */
export function meetable(f: Facts, candidates: readonly string[]): string {
  for (let i = 0; i < candidates.length; i++) if (dateKey(candidates[i]) >= f.asOfKey) return candidates[i];
  return f.asOf;
}

/** True once asOf is past the given date. */
export function passed(f: Facts, date: string): boolean {
  return f.asOfKey > dateKey(date);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-07-31 -> "31 July 2026". */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
