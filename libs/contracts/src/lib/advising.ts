import type {
  ApplicantType,
  Band,
  ExamName,
  ExamResult,
  LetterStatus,
  Pathway,
  Recommendation,
  RecommendationChange,
  ResearchField,
  ResearchKind,
  ResearchStatus,
  RotationOutcome,
  RotationSetting,
  RotationStatus,
  Specialty,
  Target,
} from '@advising/strategy-rules';
import type { Role } from './roles';

/** Enumerations the API accepts, shared with the web app's forms. */
export const APPLICANT_TYPES: readonly ApplicantType[] = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'];
export const TARGETS: readonly Target[] = ['IR', 'DR'];
export const SPECIALTIES: readonly Specialty[] = ['IR', 'DR', 'IM', 'SURGERY', 'EM', 'OTHER'];
export const EXAM_NAMES: readonly ExamName[] = ['STEP1', 'STEP2CK', 'STEP3'];
export const EXAM_RESULTS: readonly ExamResult[] = ['PASS', 'FAIL', 'SCHEDULED'];
export const ROTATION_SETTINGS: readonly RotationSetting[] = ['HOME', 'AWAY'];
export const ROTATION_STATUSES: readonly RotationStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETED'];
export const ROTATION_OUTCOMES: readonly RotationOutcome[] = ['HONORS', 'HIGH_PASS', 'PASS', 'FAIL'];
export const RESEARCH_FIELDS: readonly ResearchField[] = ['IR', 'DR', 'OTHER'];
export const RESEARCH_KINDS: readonly ResearchKind[] = ['PUBLICATION', 'ABSTRACT', 'POSTER', 'PRESENTATION', 'CASE_REPORT', 'QI', 'PROJECT'];
export const RESEARCH_STATUSES: readonly ResearchStatus[] = ['IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'PUBLISHED', 'PRESENTED'];
export const LETTER_STATUSES: readonly LetterStatus[] = ['REQUESTED', 'COMMITTED', 'SUBMITTED', 'DECLINED'];

/** The letter ledger moves only forward. */
export const LETTER_TRANSITIONS: Record<LetterStatus, readonly LetterStatus[]> = {
  REQUESTED: ['COMMITTED', 'DECLINED'],
  COMMITTED: ['SUBMITTED', 'DECLINED'],
  SUBMITTED: [],
  DECLINED: [],
};

/** Days before a due date from which an unsubmitted letter counts as at risk. */
export const LETTER_AT_RISK_DAYS = 14;

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CohortView {
  id: string;
  name: string;
  matchYear: number;
  advisors: PersonRef[];
  studentCount: number;
  /** Students with a critical flag, a letter at risk or a downgrade in the last 30 days. */
  needsAttention: number;
  version: number;
}

export interface StudentProfileView {
  applicantType: ApplicantType;
  target: Target;
  graduationYear: number;
  applicationYear: number | null;
  needsVisa: boolean;
  homeProgramHasIR: boolean;
  previousApplications: number;
  version: number;
}

export interface ExamView {
  id: string;
  exam: ExamName;
  result: ExamResult;
  score: number | null;
  date: string | null;
  version: number;
}

export interface RotationView {
  id: string;
  specialty: Specialty;
  setting: RotationSetting;
  siteName: string;
  inUS: boolean;
  weeks: number;
  startDate: string | null;
  endDate: string | null;
  status: RotationStatus;
  outcome: RotationOutcome | null;
  /** Advisors and admins only; absent for everyone else. */
  evaluatorComment?: string | null;
  version: number;
}

export interface ResearchView {
  id: string;
  field: ResearchField;
  kind: ResearchKind;
  status: ResearchStatus;
  title: string;
  date: string | null;
  version: number;
}

export interface LetterView {
  id: string;
  student: PersonRef;
  /** A mentor of the institution, or null for an external writer. */
  mentor: PersonRef | null;
  writerName: string;
  writerSpecialty: Specialty;
  writerInUS: boolean;
  status: LetterStatus;
  dueDate: string | null;
  requestedAt: string;
  committedAt: string | null;
  submittedAt: string | null;
  declinedAt: string | null;
  /** The mentor's private note: the mentor, advisors and admins only. */
  mentorNote?: string | null;
  version: number;
}

/** A rotation in a cohort's outcome board: the rotation plus whose it is. */
export interface CohortRotationView extends RotationView {
  student: PersonRef;
}

/** A letter request as its mentor sees it in their queue: the letter plus what the student is applying in. */
export interface MentorLetterRequestView extends LetterView {
  studentTarget: Target;
  /** Due date passed and the letter is not yet submitted or declined. */
  overdue: boolean;
}

export interface OverrideView {
  /** null: the override was withdrawn and the engine's pathway stands again. */
  pathway: Pathway | null;
  reason: string;
  advisor: PersonRef;
  createdAt: string;
  /** The whole plan for the advisor's pathway (counts, letters, actions, flags), as of today; absent where not computed. */
  plan?: Recommendation | null;
  /** The advisor's plan next to the rules' own, in one line. */
  difference?: string | null;
}

export interface SnapshotView {
  id: string;
  rulesVersion: string;
  computedAt: string;
  trigger: string;
  actor: PersonRef | null;
  pathway: Pathway;
  bandIR: Band;
  bandDR: Band;
  changes: RecommendationChange[];
  recommendation: Recommendation;
}

/** One entry of a student's recommendation history, newest first. */
export type TimelineEntry = { kind: 'RECOMPUTED'; at: string; snapshot: SnapshotView } | { kind: 'OVERRIDE'; at: string; override: OverrideView };

export interface NoteView {
  id: string;
  author: PersonRef;
  body: string;
  createdAt: string;
}

/** One row of the cohort's student table. */
export interface StudentListItem {
  id: string;
  displayName: string;
  email: string;
  cohortId: string | null;
  applicantType: ApplicantType;
  target: Target;
  step2ck: number | null;
  bandIR: Band;
  bandDR: Band;
  pathway: Pathway;
  overridePathway: Pathway | null;
  /** The engine's pathway 30 days ago, when it differs from now. */
  pathwayMonthAgo: Pathway | null;
  lettersSecured: number;
  lettersNeeded: number;
  rotationsCompleted: number;
  rotationsTotal: number;
  flags: string[];
  criticalFlags: number;
  lettersAtRisk: number;
}

/** Everything about a student that the viewer may see. Mentors get only the identity, target and their own letters. */
export interface StudentDetail {
  id: string;
  displayName: string;
  /** Staff and the student themself; null for a mentor, who sees the name and the target only. */
  email: string | null;
  /** The specialty the student is applying in (visible to mentors too). */
  target: Target;
  cohort: { id: string; name: string; matchYear: number } | null;
  profile: StudentProfileView | null;
  exams?: ExamView[];
  rotations?: RotationView[];
  research?: ResearchView[];
  letters: LetterView[];
  recommendation?: Recommendation | null;
  override?: OverrideView | null;
  notes?: NoteView[];
  /** Staff only: the latest acknowledgement of the student's attention items. */
  acknowledgement?: AttentionAcknowledgementView | null;
}

export interface CohortSummary {
  cohortId: string;
  students: number;
  byPathway: Partial<Record<Pathway, number>>;
  byBandIR: Partial<Record<Band, number>>;
  byBandDR: Partial<Record<Band, number>>;
  byFlag: Record<string, number>;
  letters: { byStatus: Partial<Record<LetterStatus, number>>; secured: number; needed: number; atRisk: number };
  rotations: { byOutcome: Partial<Record<RotationOutcome | 'PENDING', number>>; completed: number; total: number };
  pathwayChanges: { last30: { upgrades: number; downgrades: number }; last90: { upgrades: number; downgrades: number } };
  /** Students who need an advisor now or soon, most urgent first (acknowledged ones are left out until their follow-up date or something new). */
  needsAttention: NeedsAttentionEntry[];
  /** Students whose items an advisor acknowledged and who wait for their follow-up date. */
  acknowledged: number;
}

/** How urgent an attention item is: act now, or soon. */
export type AttentionSeverity = 'CRITICAL' | 'WARNING';
export const ATTENTION_SEVERITY_LABELS: Record<AttentionSeverity, string> = { CRITICAL: 'Act now', WARNING: 'Soon' };

/** One thing about a student that calls for an advisor, in words: what, why, and what to do. */
export interface AttentionItem {
  /** Stable within a student (e.g. `flag:STEP_FAILURE`, `letters:overdue`): tells an acknowledged item from a new one. */
  key: string;
  severity: AttentionSeverity;
  title: string;
  detail: string;
  /** What to do next. */
  action: string;
  /** The date it is about (a deadline, a due date, the day of a downgrade), YYYY-MM-DD. */
  date: string | null;
}

export interface NeedsAttentionEntry {
  studentId: string;
  displayName: string;
  /** The most urgent of the items. */
  severity: AttentionSeverity;
  items: AttentionItem[];
}

/** An advisor took note of a student's attention items and set a date to look again. */
export interface AttentionAcknowledgementView {
  id: string;
  advisor: PersonRef | null;
  note: string;
  followUpOn: string;
  /** The items as they were when acknowledged. */
  items: AttentionItem[];
  createdAt: string;
  /** Still keeping the student off the list (the follow-up date has not come and nothing new happened). */
  active: boolean;
}

/** Weeks before applications open when a missing letter becomes an item. */
export const ATTENTION_HORIZON_WEEKS = 10;

/** Every flag code of the rules, in words: the one label used on every screen and export. */
export const FLAG_LABELS: Record<string, string> = {
  STEP_FAILURE: 'Step failure',
  MULTIPLE_ATTEMPTS: 'Multiple attempts',
  LOW_STEP2CK: 'Low Step 2 CK',
  STEP2CK_MISSING: 'Step 2 CK missing',
  STEP2CK_LATE: 'Step 2 CK late',
  OLD_GRADUATE: 'Years since graduation',
  VISA_NEEDED: 'Visa needed',
  LIMITED_USCE: 'Limited US clinical experience',
  NO_IR_ROTATION: 'No IR rotation',
  LETTER_SHORTFALL: 'Letter shortfall',
  NO_RESEARCH: 'No research',
  REPEAT_APPLICANT: 'Repeat applicant',
  LOW_STEP1: 'Low Step 1',
  ROTATION_FAILURE: 'Rotation failure',
  PIVOT_REASONABLE: 'Pivot worth weighing',
  CYCLE_CLOSED: 'Application cycle closed',
};

/** A flag code in words; an unknown code reads as its words in sentence case, never as the code. */
export function flagLabel(code: string): string {
  const known = FLAG_LABELS[code];
  if (known !== undefined) return known;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
  version: number;
}

export interface AuditEventView {
  id: string;
  at: string;
  actor: PersonRef | null;
  action: string;
  studentId: string | null;
  entity: string | null;
  entityId: string | null;
}

/**
 * The exact header of a cohort import file (POST /api/cohorts/:cohortId/import): these columns,
 * in any order, each once.
 */
export const COHORT_IMPORT_COLUMNS = [
  'email',
  'displayName',
  'applicantType',
  'target',
  'graduationYear',
  'applicationYear',
  'needsVisa',
  'homeProgramHasIR',
  'previousApplications',
  'step1Result',
  'step1Score',
  'step2ckResult',
  'step2ckScore',
  'step2ckDate',
] as const;
export type CohortImportColumn = (typeof COHORT_IMPORT_COLUMNS)[number];

export interface ImportRowResult {
  row: number;
  ok: boolean;
  email: string | null;
  errors: { column: string; message: string }[];
}

export interface ImportResult {
  dryRun: boolean;
  rows: ImportRowResult[];
  created: number;
  updated: number;
  failed: number;
}

export interface WhatIfResult {
  current: Recommendation;
  whatIf: Recommendation;
  changes: RecommendationChange[];
}

/** The student's own record, for download. */
export interface StudentRecordExport {
  exportedAt: string;
  student: StudentDetail;
  history: TimelineEntry[];
}

/** Why a bulk recomputation ran, in words. */
export const BULK_TRIGGER_LABELS = {
  calendar: 'Daily update as of the date',
  'rules.updated': 'Advising rules updated',
  'admin.recompute': 'Requested by an admin',
} as const;
export type BulkTrigger = keyof typeof BULK_TRIGGER_LABELS;

export const BULK_JOB_STATUS_LABELS = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Running',
  DONE: 'Finished',
  FAILED: 'Failed',
} as const;
export type BulkJobStatus = keyof typeof BULK_JOB_STATUS_LABELS;

/** A recomputation of every student of the institution, as admins follow it. */
export interface BulkJobView {
  id: string;
  trigger: BulkTrigger;
  asOf: string;
  status: BulkJobStatus;
  /** Students done so far, of total. */
  done: number;
  total: number;
  /** Students whose recommendation changed. */
  changed: number;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
}

/**
 * Every action the audit trail records, in words: the closed list the API writes (its type
 * refuses any other) and the one label every screen and export shows.
 */
export const AUDIT_ACTION_LABELS = {
  'attention.acknowledged': 'Needs-attention items acknowledged',
  'cohort.advisors.set': 'Cohort advisors changed',
  'cohort.created': 'Cohort created',
  'cohort.exported': 'Cohort exported',
  'cohort.imported': 'Students imported into a cohort',
  'cohort.letters.read': 'Cohort letter board viewed',
  'cohort.rotations.read': 'Cohort rotation outcomes viewed',
  'cohort.summary.read': 'Cohort dashboard viewed',
  'cohort.updated': 'Cohort renamed',
  'exam.created': 'Exam logged',
  'exam.updated': 'Exam updated',
  'exam.deleted': 'Exam removed',
  'exam.imported': 'Exam imported',
  'rotation.created': 'Rotation logged',
  'rotation.updated': 'Rotation updated',
  'rotation.deleted': 'Rotation removed',
  'research.created': 'Research logged',
  'research.updated': 'Research updated',
  'research.deleted': 'Research removed',
  'letter.requested': 'Letter requested',
  'letter.updated': 'Letter request updated',
  'letter.committed': 'Letter committed',
  'letter.submitted': 'Letter submitted',
  'letter.declined': 'Letter declined',
  'letter.withdrawn': 'Letter request withdrawn',
  'letter.deleted': 'Letter request removed',
  'note.created': 'Advisor note added',
  'override.set': 'Advisor override set',
  'override.cleared': 'Advisor override withdrawn',
  'profile.created': 'Profile created',
  'profile.updated': 'Profile updated',
  'profile.imported': 'Profile imported',
  'student.read': 'Student record viewed',
  'student.letters.read': 'Letter requests viewed',
  'student.notes.read': 'Advisor notes viewed',
  'student.timeline.read': 'Recommendation history viewed',
  'student.what-if': 'What-if asked',
  'student.listed': 'Student listed in a cohort table',
  'student.record.exported': 'Student record downloaded',
  'user.created': 'Account created',
  'user.updated': 'Account updated',
  'user.renamed': 'Account renamed',
  'user.role_changed': 'Role changed',
  'user.deactivated': 'Account deactivated',
  'user.reactivated': 'Account reactivated',
  'user.password_reset': 'Password reset by an admin',
  'user.password_changed': 'Password changed',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** What an audit event is about, in words. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  student: 'Student record',
  profile: 'Profile',
  exam: 'Exam',
  rotation: 'Rotation',
  research: 'Research',
  letter: 'Letter',
  note: 'Advisor note',
  override: 'Advisor override',
  attention: 'Needs attention',
  cohort: 'Cohort',
  user: 'Account',
};

/** What made a recommendation change: a change of the student's facts, or one of these. */
export const RECOMPUTE_TRIGGER_LABELS = {
  calendar: 'Dates moved on',
  'rules.updated': 'Advising rules updated',
  'admin.recompute': 'Recommendations brought up to date',
  'scheduled.recompute': 'Dates moved on',
  'profile.target': 'Target specialty changed',
} as const;
export type RecomputeTrigger = AuditAction | keyof typeof RECOMPUTE_TRIGGER_LABELS;

const sentence = (code: string): string => {
  const words = code.replace(/[._]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** An audit action in words (an action from before this list reads as its words, never as a code). */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? sentence(action);
}

/** What triggered a recomputation, in words. */
export function triggerLabel(trigger: string): string {
  return (RECOMPUTE_TRIGGER_LABELS as Record<string, string>)[trigger] ?? auditActionLabel(trigger);
}
