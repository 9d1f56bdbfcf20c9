import type { StudentListItem } from '@advising/contracts';

/** A student row for tests, with sensible defaults. */
export function student(overrides: Partial<StudentListItem> & Pick<StudentListItem, 'id' | 'displayName'>): StudentListItem {
  return {
    email: `${overrides.displayName.toLowerCase().replace(/\s+/g, '.')}@school.edu`,
    cohortId: 'c1',
    applicantType: 'US_MD',
    target: 'IR',
    step2ck: 245,
    bandIR: 'COMPETITIVE',
    bandDR: 'HIGH',
    pathway: 'DUAL_IR_DR',
    overridePathway: null,
    pathwayMonthAgo: null,
    lettersSecured: 1,
    lettersNeeded: 4,
    rotationsCompleted: 1,
    rotationsTotal: 2,
    flags: [],
    criticalFlags: 0,
    lettersAtRisk: 0,
    ...overrides,
  };
}
