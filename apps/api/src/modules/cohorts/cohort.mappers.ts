import type { CohortView, PersonRef, StudentListItem } from '@advising/contracts';
import type { StudentRow } from './student-rows.sql';

/** A cohort row as the cohort query returns it. */
export interface CohortRow {
  id: string;
  name: string;
  matchYear: number;
  version: number;
  advisors: PersonRef[];
  studentCount: number;
  needsAttention: number;
}

export const toCohortView = (c: CohortRow): CohortView => ({
  id: c.id,
  name: c.name,
  matchYear: c.matchYear,
  advisors: c.advisors.map((a) => ({ id: a.id, displayName: a.displayName })),
  studentCount: c.studentCount,
  needsAttention: c.needsAttention,
  version: c.version,
});

export const toStudentListItem = (r: StudentRow): StudentListItem => ({
  id: r.id,
  displayName: r.displayName,
  email: r.email,
  cohortId: r.cohortId,
  applicantType: r.applicantType,
  target: r.target,
  step2ck: r.step2ck,
  bandIR: r.bandIR,
  bandDR: r.bandDR,
  pathway: r.pathway,
  overridePathway: r.overridePathway,
  pathwayMonthAgo: r.pathwayMonthAgo,
  lettersSecured: r.lettersSecured,
  lettersNeeded: r.lettersNeeded,
  rotationsCompleted: r.rotationsCompleted,
  rotationsTotal: r.rotationsTotal,
  flags: r.flags,
  criticalFlags: r.criticalFlags,
  lettersAtRisk: r.lettersAtRisk,
});
