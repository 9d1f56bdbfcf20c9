import { LETTER_AT_RISK_DAYS, type LetterView } from '@advising/contracts';
import { differenceInCalendarDays, parseISO } from 'date-fns';

export type LetterTimingKind = 'overdue' | 'due-soon' | 'on-track' | 'no-date' | 'closed';

export interface LetterTiming {
  kind: LetterTimingKind;
  /** Days from today to the due date (negative when past); null without a due date. */
  days: number | null;
  /** What the board says, in words (never colour alone). */
  label: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Where an open letter stands against its due date, as of `today` (local calendar days):
 * past due is overdue; due today or within 14 days is due soon. Submitted and declined letters
 * are closed whatever their date.
 */
export function letterTiming(letter: Pick<LetterView, 'status' | 'dueDate'>, today: Date): LetterTiming {
  if (letter.status === 'SUBMITTED' || letter.status === 'DECLINED') return { kind: 'closed', days: null, label: '' };
  if (letter.dueDate === null) return { kind: 'no-date', days: null, label: 'No due date' };
  const days = differenceInCalendarDays(parseISO(letter.dueDate), today);
  if (days < 0) return { kind: 'overdue', days, label: `Overdue by ${plural(-days, 'day')}` };
  if (days === 0) return { kind: 'due-soon', days, label: 'Due today' };
  if (days <= LETTER_AT_RISK_DAYS) return { kind: 'due-soon', days, label: `Due in ${plural(days, 'day')}` };
  return { kind: 'on-track', days, label: `Due in ${plural(days, 'day')}` };
}

const URGENCY: Record<LetterTimingKind, number> = { overdue: 0, 'due-soon': 1, 'on-track': 2, 'no-date': 3, closed: 4 };

/** Most urgent first: overdue, due soon, later, undated; then by due date, then student name. */
export function byUrgency(today: Date) {
  return (a: LetterView, b: LetterView): number => {
    const ta = letterTiming(a, today);
    const tb = letterTiming(b, today);
    return URGENCY[ta.kind] - URGENCY[tb.kind] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.student.displayName.localeCompare(b.student.displayName);
  };
}

/** The mentor filter: a mentor's id, EXTERNAL for writers outside the institution, or null for all. */
export const EXTERNAL_WRITERS = 'external';

export function matchesMentor(letter: Pick<LetterView, 'mentor'>, mentor: string | null): boolean {
  if (mentor === null) return true;
  if (mentor === EXTERNAL_WRITERS) return letter.mentor === null;
  return letter.mentor?.id === mentor;
}
