import type { CohortRotationView, PersonRef } from '@advising/contracts';
import type { RotationOutcome } from '@advising/strategy-rules';

export type OutcomeKey = RotationOutcome | 'PENDING';
export const OUTCOME_KEYS: readonly OutcomeKey[] = ['HONORS', 'HIGH_PASS', 'PASS', 'FAIL', 'PENDING'];

export type OutcomeCounts = Record<OutcomeKey, number> & { total: number };

export interface StudentTally extends OutcomeCounts {
  student: PersonRef;
}

export interface SiteTally extends OutcomeCounts {
  siteName: string;
  /** Home, away, or both when the site is home to some students and away for others. */
  settings: string[];
}

const empty = (): OutcomeCounts => ({ HONORS: 0, HIGH_PASS: 0, PASS: 0, FAIL: 0, PENDING: 0, total: 0 });

/** A rotation's outcome, or PENDING until it is completed with an outcome (as the cohort summary counts). */
export function outcomeOf(rotation: Pick<CohortRotationView, 'status' | 'outcome'>): OutcomeKey {
  return rotation.status === 'COMPLETED' && rotation.outcome !== null ? rotation.outcome : 'PENDING';
}

function add(counts: OutcomeCounts, rotation: CohortRotationView): void {
  counts[outcomeOf(rotation)] += 1;
  counts.total += 1;
}

export function tallyByStudent(rotations: readonly CohortRotationView[]): StudentTally[] {
  const byId = new Map<string, StudentTally>();
  for (const r of rotations) {
    let tally = byId.get(r.student.id);
    if (tally === undefined) {
      tally = { student: r.student, ...empty() };
      byId.set(r.student.id, tally);
    }
    add(tally, r);
  }
  return [...byId.values()].sort((a, b) => a.student.displayName.localeCompare(b.student.displayName));
}

/** Sites by name, case and spacing ignored ("St. Mary's " and "st. mary's" are one site). */
export function tallyBySite(rotations: readonly CohortRotationView[]): SiteTally[] {
  const byKey = new Map<string, SiteTally>();
  for (const r of rotations) {
    const key = r.siteName.trim().replace(/\s+/g, ' ').toLowerCase();
    let tally = byKey.get(key);
    if (tally === undefined) {
      tally = { siteName: r.siteName.trim(), settings: [], ...empty() };
      byKey.set(key, tally);
    }
    const setting = r.setting === 'HOME' ? 'Home' : 'Away';
    if (!tally.settings.includes(setting)) tally.settings.push(setting);
    add(tally, r);
  }
  return [...byKey.values()].sort((a, b) => b.total - a.total || a.siteName.localeCompare(b.siteName));
}

export function totals(rotations: readonly CohortRotationView[]): OutcomeCounts {
  const counts = empty();
  for (const r of rotations) add(counts, r);
  return counts;
}
