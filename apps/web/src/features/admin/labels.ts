import type { ApplicantType, Target } from '@advising/strategy-rules';

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  US_MD: 'US MD',
  US_DO: 'US DO',
  US_IMG: 'US IMG',
  NON_US_IMG: 'Non-US IMG',
};

export const TARGET_LABELS: Record<Target, string> = {
  IR: 'Interventional Radiology (IR)',
  DR: 'Diagnostic Radiology (DR)',
};
