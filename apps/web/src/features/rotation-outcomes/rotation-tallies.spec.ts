import type { CohortRotationView } from '@advising/contracts';
import { describe, expect, it } from 'vitest';
import { outcomeOf, tallyBySite, tallyByStudent, totals } from './rotation-tallies';

let n = 0;
function rotation(student: string, siteName: string, status: CohortRotationView['status'], outcome: CohortRotationView['outcome'], setting: CohortRotationView['setting'] = 'HOME'): CohortRotationView {
  n += 1;
  return { id: `r${n}`, student: { id: student, displayName: `Student ${student}` }, specialty: 'IR', setting, siteName, inUS: true, weeks: 4, startDate: null, endDate: null, status, outcome, version: 1 };
}

describe('rotation tallies', () => {
  const rotations = [
    rotation('b', 'General Hospital', 'COMPLETED', 'HONORS'),
    rotation('a', 'General Hospital ', 'COMPLETED', 'FAIL', 'AWAY'),
    rotation('a', 'City Clinic', 'PLANNED', null),
    rotation('a', 'general  hospital', 'IN_PROGRESS', null),
  ];

  it('counts a rotation as pending until it is completed with an outcome', () => {
    expect(outcomeOf({ status: 'COMPLETED', outcome: 'PASS' })).toBe('PASS');
    expect(outcomeOf({ status: 'COMPLETED', outcome: null })).toBe('PENDING');
    expect(outcomeOf({ status: 'IN_PROGRESS', outcome: 'PASS' })).toBe('PENDING');
  });

  it('tallies by student, by name', () => {
    expect(tallyByStudent(rotations).map((t) => [t.student.id, t.HONORS, t.FAIL, t.PENDING, t.total])).toEqual([
      ['a', 0, 1, 2, 3],
      ['b', 1, 0, 0, 1],
    ]);
  });

  it('tallies by site, merging spelling variants, busiest first, with the settings seen', () => {
    const sites = tallyBySite(rotations);
    expect(sites.map((s) => [s.siteName, s.total, s.settings])).toEqual([
      ['General Hospital', 3, ['Home', 'Away']],
      ['City Clinic', 1, ['Home']],
    ]);
    expect(totals(rotations)).toEqual({ HONORS: 1, HIGH_PASS: 0, PASS: 0, FAIL: 1, PENDING: 2, total: 4 });
  });
});
