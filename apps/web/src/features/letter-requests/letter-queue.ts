import { LETTER_AT_RISK_DAYS, LETTER_TRANSITIONS, type MentorLetterRequestView } from '@advising/contracts';
import type { LetterStatus } from '@advising/strategy-rules';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';

/** How pressing a letter is, from the mentor's point of view. */
export type DueKind = 'overdue' | 'due-soon' | 'scheduled' | 'undated' | 'submitted' | 'declined';

export interface DueLabel {
  kind: DueKind;
  /** Always said in words, never by colour alone. */
  text: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A calendar date (`YYYY-MM-DD`) or a timestamp, as "12 Aug 2026". */
export function formatDay(value: string): string {
  return format(parseISO(value), 'd MMM yyyy');
}

/** Today as a calendar date in the user's time zone, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function isOpen(status: LetterStatus): boolean {
  return status === 'REQUESTED' || status === 'COMMITTED';
}

/** The due label of a letter on `today` (`YYYY-MM-DD`). */
export function dueLabel(letter: Pick<MentorLetterRequestView, 'status' | 'dueDate' | 'submittedAt' | 'declinedAt'>, today: string): DueLabel {
  if (letter.status === 'SUBMITTED') {
    return { kind: 'submitted', text: letter.submittedAt ? `Submitted ${formatDay(letter.submittedAt)}` : 'Submitted' };
  }
  if (letter.status === 'DECLINED') {
    return { kind: 'declined', text: letter.declinedAt ? `Declined ${formatDay(letter.declinedAt)}` : 'Declined' };
  }
  if (letter.dueDate === null) return { kind: 'undated', text: 'No due date yet' };
  const days = differenceInCalendarDays(parseISO(letter.dueDate), parseISO(today));
  if (days < 0) return { kind: 'overdue', text: `Overdue by ${plural(-days, 'day')} (due ${formatDay(letter.dueDate)})` };
  if (days === 0) return { kind: 'due-soon', text: 'Due today' };
  if (days <= LETTER_AT_RISK_DAYS) return { kind: 'due-soon', text: `Due soon: in ${plural(days, 'day')} (${formatDay(letter.dueDate)})` };
  return { kind: 'scheduled', text: `Due ${formatDay(letter.dueDate)}` };
}

const RANK: Record<DueKind, number> = { overdue: 0, 'due-soon': 1, scheduled: 2, undated: 3, submitted: 4, declined: 4 };

/**
 * The mentor's queue order: overdue first, then due soon, then later due dates, then undated
 * requests (oldest request first), then the finished ones (most recent first).
 */
export function sortQueue<T extends MentorLetterRequestView>(letters: readonly T[], today: string): T[] {
  const finishedAt = (l: T): string => l.submittedAt ?? l.declinedAt ?? '';
  return [...letters].sort((a, b) => {
    const ka = dueLabel(a, today).kind;
    const kb = dueLabel(b, today).kind;
    if (RANK[ka] !== RANK[kb]) return RANK[ka] - RANK[kb];
    if (RANK[ka] === 4) return finishedAt(b).localeCompare(finishedAt(a)) || a.id.localeCompare(b.id);
    if (a.dueDate !== null && b.dueDate !== null && a.dueDate !== b.dueDate) return a.dueDate.localeCompare(b.dueDate);
    return a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);
  });
}

/** What the mentor can do with a letter in this status. */
export interface LetterActions {
  commit: boolean;
  decline: boolean;
  submit: boolean;
  edit: boolean;
}

export function actionsFor(status: LetterStatus): LetterActions {
  const next = LETTER_TRANSITIONS[status];
  return {
    commit: next.includes('COMMITTED'),
    decline: next.includes('DECLINED'),
    submit: next.includes('SUBMITTED'),
    edit: isOpen(status),
  };
}

export const STATUS_LABELS: Record<LetterStatus, string> = {
  REQUESTED: 'Requested',
  COMMITTED: 'Committed',
  SUBMITTED: 'Submitted',
  DECLINED: 'Declined',
};

export const TARGET_LABELS: Record<string, string> = {
  IR: 'Interventional Radiology',
  DR: 'Diagnostic Radiology',
};
