import type { ApplicantType, Band, LetterStatus, Pathway, RotationOutcome, Target } from '@advising/strategy-rules';

/** Words for the codes the cohort screens show: one place, shared by the dashboard and the boards. */
export const PATHWAY_LABELS: Record<Pathway, string> = {
  INTEGRATED_IR: 'Integrated IR',
  DUAL_IR_DR: 'Dual IR + DR',
  DR_THEN_IR: 'DR, then ESIR / IR',
  DR: 'Diagnostic Radiology',
  DR_WITH_BACKUP: 'DR with a backup',
  STRENGTHEN_THEN_APPLY: 'Strengthen, then apply',
  PRELIM_THEN_REAPPLY: 'Prelim year, then reapply',
  ADJACENT_SPECIALTY: 'Adjacent specialty',
};

export const BAND_LABELS: Record<Band, string> = {
  HIGH: 'High',
  COMPETITIVE: 'Competitive',
  BORDERLINE: 'Borderline',
  LOW: 'Low',
  VERY_LOW: 'Very low',
  UNKNOWN: 'No score yet',
};

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  US_MD: 'US MD',
  US_DO: 'US DO',
  US_IMG: 'US-citizen IMG',
  NON_US_IMG: 'Non-US IMG',
};

export const TARGET_LABELS: Record<Target, string> = { IR: 'IR', DR: 'DR' };

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  REQUESTED: 'Requested',
  COMMITTED: 'Committed',
  SUBMITTED: 'Submitted',
  DECLINED: 'Declined',
};

export const OUTCOME_LABELS: Record<RotationOutcome | 'PENDING', string> = {
  HONORS: 'Honors',
  HIGH_PASS: 'High pass',
  PASS: 'Pass',
  FAIL: 'Fail',
  PENDING: 'Pending',
};

const FLAG_LABELS: Record<string, string> = {
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

/** A flag code in words; unknown codes read as their code in sentence case. */
export function flagLabel(code: string): string {
  const known = FLAG_LABELS[code];
  if (known !== undefined) return known;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
