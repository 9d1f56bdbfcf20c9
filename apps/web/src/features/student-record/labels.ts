import type {
  ApplicantType,
  BackupSpecialty,
  Band,
  ExamName,
  ExamResult,
  LetterStatus,
  Pathway,
  Range,
  ResearchField,
  ResearchKind,
  ResearchStatus,
  RotationOutcome,
  RotationSetting,
  RotationStatus,
  Severity,
  Specialty,
  Step3Advice,
  Target,
} from '@advising/strategy-rules';
import { format, isValid, parseISO } from 'date-fns';

/**
 * Every code the record and the recommendation use, in plain words: the one mapping module of the
 * student pages. Anything shown to a person goes through here rather than printing a code.
 */

export const PATHWAY_LABELS: Readonly<Record<Pathway, string>> = {
  INTEGRATED_IR: 'Integrated IR',
  DUAL_IR_DR: 'Integrated IR and DR together',
  DR_THEN_IR: 'DR first, then IR (ESIR or Independent IR)',
  DR: 'Diagnostic Radiology',
  DR_WITH_BACKUP: 'DR with a backup specialty',
  STRENGTHEN_THEN_APPLY: 'Strengthen the application, then apply',
  PRELIM_THEN_REAPPLY: 'Preliminary year, then reapply',
  ADJACENT_SPECIALTY: 'An adjacent procedural specialty',
};

/** Short names for chart axes, where the full label does not fit. */
export const PATHWAY_SHORT_LABELS: Readonly<Record<Pathway, string>> = {
  INTEGRATED_IR: 'Integrated IR',
  DUAL_IR_DR: 'IR + DR',
  DR_THEN_IR: 'DR, then IR',
  DR: 'DR',
  DR_WITH_BACKUP: 'DR + backup',
  STRENGTHEN_THEN_APPLY: 'Strengthen first',
  PRELIM_THEN_REAPPLY: 'Prelim, reapply',
  ADJACENT_SPECIALTY: 'Adjacent specialty',
};

export const PATHWAY_DESCRIPTIONS: Readonly<Record<Pathway, string>> = {
  INTEGRATED_IR: 'Apply to Integrated Interventional Radiology residencies.',
  DUAL_IR_DR: 'Apply to a selected list of Integrated IR programs and, in the same cycle, broadly to Diagnostic Radiology.',
  DR_THEN_IR: 'Match into Diagnostic Radiology first, then reach IR through the Early Specialization in IR (ESIR) track or an Independent IR residency.',
  DR: 'Apply to Diagnostic Radiology.',
  DR_WITH_BACKUP: 'Apply to Diagnostic Radiology and, in the same cycle, to a backup (internal medicine, a transitional or a preliminary year).',
  STRENGTHEN_THEN_APPLY: 'Spend time making the application stronger (research, Step 3, US clinical experience) before applying.',
  PRELIM_THEN_REAPPLY: 'Complete a preliminary or internal medicine year, then apply again.',
  ADJACENT_SPECIALTY: 'Consider a related procedural specialty where the odds are better.',
};

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  HIGH: 'High',
  COMPETITIVE: 'Competitive',
  BORDERLINE: 'Borderline',
  LOW: 'Low',
  VERY_LOW: 'Very low',
  UNKNOWN: 'No score yet',
};

export const STEP3_LABELS: Readonly<Record<Step3Advice, string>> = {
  BEFORE_APPLYING: 'Take Step 3 before applying',
  OPTIONAL: 'Step 3 is optional',
  AFTER_MATCH: 'Take Step 3 after the Match',
  NOT_NEEDED: 'Step 3 is not needed now',
};

export const STEP3_DESCRIPTIONS: Readonly<Record<Step3Advice, string>> = {
  BEFORE_APPLYING: 'A good Step 3 result before applications open strengthens this application.',
  OPTIONAL: 'A Step 3 result could help, but only if it is likely to be strong.',
  AFTER_MATCH: 'Leave Step 3 for residency; it would not help this application.',
  NOT_NEEDED: 'Step 3 plays no part in this application.',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  CRITICAL: 'Critical',
  WARNING: 'Warning',
  INFO: 'Note',
};

/** A glyph per severity, so severity never depends on colour alone. */
export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = {
  CRITICAL: '⛔',
  WARNING: '⚠',
  INFO: 'ℹ',
};

export const PRIORITY_LABELS: Readonly<Record<1 | 2 | 3, string>> = { 1: 'High priority', 2: 'Medium priority', 3: 'Low priority' };

export const APPLICANT_TYPE_LABELS: Readonly<Record<ApplicantType, string>> = {
  US_MD: 'US MD graduate',
  US_DO: 'US DO graduate',
  US_IMG: 'US-citizen international graduate',
  NON_US_IMG: 'Non-US international graduate',
};

export const TARGET_LABELS: Readonly<Record<Target, string>> = {
  IR: 'Interventional Radiology',
  DR: 'Diagnostic Radiology',
};

export const SPECIALTY_LABELS: Readonly<Record<Specialty, string>> = {
  IR: 'Interventional Radiology',
  DR: 'Diagnostic Radiology',
  IM: 'Internal Medicine',
  SURGERY: 'Surgery',
  EM: 'Emergency Medicine',
  OTHER: 'Other',
};

export const BACKUP_LABELS: Readonly<Record<BackupSpecialty, string>> = {
  IM: 'Internal Medicine',
  TY: 'Transitional year',
  PRELIM: 'Preliminary year',
  FM: 'Family Medicine',
};

export const EXAM_LABELS: Readonly<Record<ExamName, string>> = { STEP1: 'Step 1', STEP2CK: 'Step 2 CK', STEP3: 'Step 3' };
export const EXAM_RESULT_LABELS: Readonly<Record<ExamResult, string>> = { PASS: 'Passed', FAIL: 'Failed', SCHEDULED: 'Scheduled' };
export const ROTATION_SETTING_LABELS: Readonly<Record<RotationSetting, string>> = { HOME: 'Home', AWAY: 'Away' };
export const ROTATION_STATUS_LABELS: Readonly<Record<RotationStatus, string>> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};
export const ROTATION_OUTCOME_LABELS: Readonly<Record<RotationOutcome, string>> = {
  HONORS: 'Honors',
  HIGH_PASS: 'High pass',
  PASS: 'Pass',
  FAIL: 'Fail',
};
export const RESEARCH_FIELD_LABELS: Readonly<Record<ResearchField, string>> = { IR: 'IR', DR: 'DR', OTHER: 'Other field' };
export const RESEARCH_KIND_LABELS: Readonly<Record<ResearchKind, string>> = {
  PUBLICATION: 'Publication',
  ABSTRACT: 'Abstract',
  POSTER: 'Poster',
  PRESENTATION: 'Presentation',
  CASE_REPORT: 'Case report',
  QI: 'Quality improvement',
  PROJECT: 'Project',
};
export const RESEARCH_STATUS_LABELS: Readonly<Record<ResearchStatus, string>> = {
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  ACCEPTED: 'Accepted',
  PUBLISHED: 'Published',
  PRESENTED: 'Presented',
};
export const LETTER_STATUS_LABELS: Readonly<Record<LetterStatus, string>> = {
  REQUESTED: 'Requested',
  COMMITTED: 'Committed',
  SUBMITTED: 'Submitted',
  DECLINED: 'Declined',
};

/** What triggered a recomputation, in words: one list in the contracts for every screen. */
export { triggerLabel } from '@advising/contracts';

/** A range of program counts: "10–20", "60+", "12". */
export function formatRange(range: Range | null): string {
  if (range === null) return 'None';
  if (range.max === null) return `${range.min}+`;
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

/** A calendar day (YYYY-MM-DD) or an instant, as "12 Mar 2026"; empty or invalid reads as an em dash. */
export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = parseISO(value);
  return isValid(date) ? format(date, 'd MMM yyyy') : value;
}

/** A calendar day in words, as the API writes them: "6 December 2026". */
export function formatDayInWords(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, 'd MMMM yyyy') : value;
}

/** An instant with its time: "12 Mar 2026, 14:05". */
export function formatDateTime(value: string): string {
  const date = parseISO(value);
  return isValid(date) ? format(date, 'd MMM yyyy, HH:mm') : value;
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
