import type { NeedsAttentionEntry } from '@advising/contracts';

/** Needs-attention entries for tests, as the API words them, most urgent first. */
export const ANA_ATTENTION: NeedsAttentionEntry = {
  studentId: 's1',
  displayName: 'Ana Lima',
  severity: 'CRITICAL',
  items: [
    {
      key: 'letters:overdue',
      severity: 'CRITICAL',
      title: '1 letter overdue',
      detail: 'A writer has not sent a letter by the date they gave.',
      action: 'Ask the writer for the letter, or help the student line up another writer.',
      date: null,
    },
    {
      key: 'deadline:STEP2CK_BY',
      severity: 'WARNING',
      title: 'Due by 12 March 2027',
      detail: 'Take Step 2 CK so the score is back before applications open.',
      action: 'Check that the student is on track for it.',
      date: '2027-03-12',
    },
  ],
};

export const CY_ATTENTION: NeedsAttentionEntry = {
  studentId: 's3',
  displayName: 'Cy Park',
  severity: 'WARNING',
  items: [
    {
      key: 'pathway:downgraded',
      severity: 'WARNING',
      title: 'Pathway lowered',
      detail: 'The recommended pathway moved down on 20 November 2026.',
      action: 'Go over the change and its reasons with the student.',
      date: '2026-11-20',
    },
  ],
};

/** Codes that must never reach the screen. */
export const ATTENTION_CODES = ['CRITICAL', 'WARNING', 'letters:overdue', 'deadline:', 'STEP2CK_BY', 'pathway:downgraded', 'followUpOn', 'VALIDATION_FAILED', 'CONFLICT', 'studentId'];
