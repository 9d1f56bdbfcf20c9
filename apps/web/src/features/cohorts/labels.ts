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

/** Flag words live in the contracts: one label for every screen. */
export { flagLabel } from '@advising/contracts';
