import { ATTENTION_HORIZON_WEEKS, flagLabel, LETTER_AT_RISK_DAYS, type AttentionItem, type AttentionSeverity, type NeedsAttentionEntry } from '@advising/contracts';
import { cycleCalendar } from '@advising/strategy-rules';
import { format, parseISO } from 'date-fns';
import { addDaysIso as plus } from '../../common/dates';
import type { StudentRow } from './student-rows.sql';

/** What an attention item is computed from: the columns of a student row. */
export type AttentionInput = Pick<
  StudentRow,
  | 'criticalList'
  | 'deadlines'
  | 'applicationCycle'
  | 'lettersSecured'
  | 'lettersNeeded'
  | 'commitmentsDueSoon'
  | 'commitmentsOverdue'
  | 'flagsMonthAgo'
  | 'recentDowngrade'
  | 'downgradedAt'
  | 'changedAt'
  | 'ackFollowUpOn'
  | 'ackAt'
  | 'ackItems'
>;

/** What to do about a critical flag; a flag not listed gets the general advice. */
const FLAG_ACTIONS: Record<string, string> = {
  STEP_FAILURE: 'Plan the retake with the student and make sure the backup applications are in the plan.',
  LOW_STEP2CK: 'Go over the wider application lists and the backup plan with the student.',
  STEP2CK_MISSING: 'Agree a Step 2 CK date so the result is back before applications open.',
  STEP2CK_LATE: 'Agree a Step 2 CK date so the result is back before applications open.',
  MULTIPLE_ATTEMPTS: 'Talk through how the student will explain the attempts, and the backup plan.',
  REPEAT_APPLICANT: 'Review what changed since the last cycle and whether to widen the plan.',
  PIVOT_REASONABLE: 'Discuss with the student whether an adjacent specialty should be part of the plan.',
};
const GENERAL_ACTION = 'Review the plan with the student and note what you agreed.';

const SEVERITY_ORDER: Record<AttentionSeverity, number> = { CRITICAL: 0, WARNING: 1 };

/** "12 March 2027". */
const inWords = (isoDate: string): string => format(parseISO(isoDate), 'd MMMM yyyy');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Why a student needs an advisor now or soon, most urgent first; empty when nothing does. Only
 * what calls for action within the office's horizon counts: a missing letter a year before the
 * season is not an item, a committed letter that is overdue is.
 */
export function attentionItems(row: AttentionInput, today: string, horizonWeeks = ATTENTION_HORIZON_WEEKS): AttentionItem[] {
  const items: AttentionItem[] = [];
  const horizonEnd = plus(today, horizonWeeks * 7);

  for (const flag of row.criticalList) {
    // Letters are judged below against the calendar and the writers' due dates.
    if (flag.code === 'LETTER_SHORTFALL') continue;
    // A flag the student has carried for a month is part of the plan already; a new one calls for a talk.
    if (row.flagsMonthAgo !== null && row.flagsMonthAgo.includes(flag.code)) continue;
    items.push({ key: `flag:${flag.code}`, severity: 'CRITICAL', title: flagLabel(flag.code), detail: flag.message, action: FLAG_ACTIONS[flag.code] ?? GENERAL_ACTION, date: null });
  }

  if (row.commitmentsOverdue > 0) {
    items.push({
      key: 'letters:overdue',
      severity: 'CRITICAL',
      title: `${plural(row.commitmentsOverdue, 'letter', 'letters')} overdue`,
      detail: 'A writer has not sent a letter by the date they gave.',
      action: 'Ask the writer for the letter, or help the student line up another writer.',
      date: null,
    });
  }
  const dueSoon = row.commitmentsDueSoon - row.commitmentsOverdue;
  if (dueSoon > 0) {
    items.push({
      key: 'letters:due-soon',
      severity: 'WARNING',
      title: `${plural(dueSoon, 'letter', 'letters')} due within ${LETTER_AT_RISK_DAYS} days`,
      detail: 'A writer committed to send a letter in the coming days.',
      action: 'Check with the writer that the letter is on track.',
      date: null,
    });
  }

  if (row.applicationCycle !== null && missingLettersWatched(row.applicationCycle, row.lettersNeeded, row.lettersSecured, today, horizonWeeks) > 0) {
    const calendar = cycleCalendar(row.applicationCycle);
    items.push({
      key: 'letters:missing',
      severity: today >= plus(calendar.lettersBy, -30) ? 'CRITICAL' : 'WARNING',
      title: `${row.lettersSecured} of ${row.lettersNeeded} letters secured`,
      detail: `Applications open on ${inWords(calendar.seasonOpens)}; letters should be in by ${inWords(calendar.lettersBy)}.`,
      action: 'Help the student ask for the missing letters now.',
      date: calendar.lettersBy,
    });
  }

  if (row.recentDowngrade && row.downgradedAt) {
    items.push({
      key: 'pathway:downgraded',
      severity: 'WARNING',
      title: 'Pathway lowered',
      detail: `The recommended pathway moved down on ${inWords(row.downgradedAt)}.`,
      action: 'Go over the change and its reasons with the student.',
      date: row.downgradedAt,
    });
  }

  for (const deadline of row.deadlines) {
    if (deadline.dueBy < today || deadline.dueBy > horizonEnd) continue;
    items.push({
      key: `deadline:${deadline.code}`,
      severity: deadline.dueBy <= plus(today, 14) ? 'CRITICAL' : 'WARNING',
      title: `Due by ${inWords(deadline.dueBy)}`,
      detail: deadline.message,
      action: 'Check that the student is on track for it.',
      date: deadline.dueBy,
    });
  }

  return items.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));
}

/**
 * Letters the plan still misses, counted only while they matter: from `horizonWeeks` before
 * applications open until the submission window closes (the SQL twin is missingLettersWatchedSql).
 */
export function missingLettersWatched(cycle: number, needed: number, secured: number, today: string, horizonWeeks = ATTENTION_HORIZON_WEEKS): number {
  const calendar = cycleCalendar(cycle);
  const watched = today >= plus(calendar.seasonOpens, -horizonWeeks * 7) && today <= calendar.submissionWindowCloses;
  return watched ? Math.max(needed - secured, 0) : 0;
}

/**
 * An advisor's acknowledgement keeps the student off the list until the follow-up date, unless
 * something new happened since: a new recommendation, or an item that was not acknowledged.
 */
export function isAcknowledged(row: AttentionInput, items: AttentionItem[], today: string): boolean {
  if (!row.ackAt || !row.ackFollowUpOn || !row.ackItems) return false;
  if (row.ackFollowUpOn <= today) return false;
  if (new Date(row.changedAt).getTime() > new Date(row.ackAt).getTime()) return false;
  const known = new Set(row.ackItems.map((item) => item.key));
  return items.every((item) => known.has(item.key));
}


/** The student's entry on the needs-attention list, 'acknowledged' while an advisor's acknowledgement holds, or null. */
export function needsAttention(row: AttentionInput & Pick<StudentRow, 'id' | 'displayName'>, today: string): NeedsAttentionEntry | 'acknowledged' | null {
  const items = attentionItems(row, today);
  if (items.length === 0) return null;
  if (isAcknowledged(row, items, today)) return 'acknowledged';
  return { studentId: row.id, displayName: row.displayName, severity: items[0].severity, items };
}
