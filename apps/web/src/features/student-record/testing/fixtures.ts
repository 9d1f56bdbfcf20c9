import type { ExamView, LetterView, SnapshotView, StudentDetail, TimelineEntry } from '@advising/contracts';
import { type ApplicantProfile, type Pathway, recommend, type Recommendation, type RecommendationChange } from '@advising/strategy-rules';

/** Test data for the student record: real recommendations from the rules engine, records as the API sends them. */

export const STUDENT_ID = 'user-student';

export function profileWith(step2ck: number | null, extra: Partial<ApplicantProfile> = {}): ApplicantProfile {
  return {
    applicantType: 'US_MD',
    target: 'IR',
    graduationYear: 2027,
    applicationYear: 2026,
    homeProgramHasIR: true,
    exams: step2ck === null ? [] : [{ exam: 'STEP2CK', result: 'PASS', score: step2ck, date: '2026-03-01' }],
    rotations: [],
    research: [],
    letters: [],
    ...extra,
  };
}

export function recommendationFor(step2ck: number | null, extra: Partial<ApplicantProfile> = {}): Recommendation {
  return recommend(profileWith(step2ck, extra), { asOf: '2026-04-01' });
}

export function exam(patch: Partial<ExamView> = {}): ExamView {
  return { id: 'exam-1', exam: 'STEP2CK', result: 'PASS', score: 243, date: '2026-03-01', version: 2, ...patch };
}

export function letter(patch: Partial<LetterView> = {}): LetterView {
  return {
    id: 'letter-1',
    student: { id: STUDENT_ID, displayName: 'Sam Student' },
    mentor: { id: 'mentor-1', displayName: 'Dr. Morgan Patel' },
    writerName: 'Dr. Morgan Patel',
    writerSpecialty: 'IR',
    writerInUS: true,
    status: 'REQUESTED',
    dueDate: null,
    requestedAt: '2026-02-01T10:00:00.000Z',
    committedAt: null,
    submittedAt: null,
    declinedAt: null,
    version: 1,
    ...patch,
  };
}

export function studentDetail(patch: Partial<StudentDetail> = {}): StudentDetail {
  return {
    id: STUDENT_ID,
    displayName: 'Sam Student',
    email: 'student@demo-med.edu',
    target: 'IR',
    cohort: { id: 'cohort-1', name: 'IR/DR applicants, Match 2027', matchYear: 2027 },
    profile: {
      applicantType: 'US_MD',
      target: 'IR',
      graduationYear: 2027,
      applicationYear: 2026,
      needsVisa: false,
      homeProgramHasIR: true,
      previousApplications: 0,
      version: 1,
    },
    exams: [exam()],
    rotations: [],
    research: [],
    letters: [letter()],
    recommendation: recommendationFor(243),
    override: null,
    ...patch,
  };
}

let snapshotCounter = 0;

export function recomputed(at: string, trigger: string, pathway: Pathway, changes: RecommendationChange[] = [], bandIR: SnapshotView['bandIR'] = 'BORDERLINE'): TimelineEntry {
  snapshotCounter += 1;
  return {
    kind: 'RECOMPUTED',
    at,
    snapshot: {
      id: `snap-${snapshotCounter}`,
      rulesVersion: '1.0.0',
      computedAt: at,
      trigger,
      actor: trigger === 'scheduled.recompute' ? null : { id: STUDENT_ID, displayName: 'Sam Student' },
      pathway,
      bandIR,
      bandDR: 'HIGH',
      changes,
      recommendation: recommendationFor(243),
    },
  };
}

export function overridden(at: string, pathway: Pathway | null, reason: string): TimelineEntry {
  return { kind: 'OVERRIDE', at, override: { pathway, reason, advisor: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' }, createdAt: at } };
}
