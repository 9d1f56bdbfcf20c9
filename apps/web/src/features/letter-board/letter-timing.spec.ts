import type { LetterView } from '@advising/contracts';
import { describe, expect, it } from 'vitest';
import { byUrgency, EXTERNAL_WRITERS, letterTiming, matchesMentor } from './letter-timing';

const today = new Date(2026, 8, 10, 16, 30); // 10 Sep 2026, late afternoon local time

function letter(id: string, status: LetterView['status'], dueDate: string | null, student = 'Student', mentor: LetterView['mentor'] = null): LetterView {
  return {
    id,
    student: { id: `s-${student}`, displayName: student },
    mentor,
    writerName: 'Dr. Writer',
    writerSpecialty: 'IR',
    writerInUS: true,
    status,
    dueDate,
    requestedAt: '2026-08-01T00:00:00.000Z',
    committedAt: null,
    submittedAt: null,
    declinedAt: null,
    version: 1,
  };
}

describe('letter timing', () => {
  it('marks an open letter past its due date as overdue, counting calendar days', () => {
    expect(letterTiming(letter('1', 'COMMITTED', '2026-09-09'), today)).toEqual({ kind: 'overdue', days: -1, label: 'Overdue by 1 day' });
    expect(letterTiming(letter('1', 'REQUESTED', '2026-08-31'), today)).toMatchObject({ kind: 'overdue', label: 'Overdue by 10 days' });
  });

  it('marks letters due today and within 14 days as due soon, and later ones as on track', () => {
    expect(letterTiming(letter('1', 'COMMITTED', '2026-09-10'), today)).toMatchObject({ kind: 'due-soon', label: 'Due today' });
    expect(letterTiming(letter('1', 'COMMITTED', '2026-09-11'), today)).toMatchObject({ kind: 'due-soon', label: 'Due in 1 day' });
    expect(letterTiming(letter('1', 'REQUESTED', '2026-09-24'), today)).toMatchObject({ kind: 'due-soon', days: 14 });
    expect(letterTiming(letter('1', 'REQUESTED', '2026-09-25'), today)).toMatchObject({ kind: 'on-track', label: 'Due in 15 days' });
  });

  it('never flags submitted or declined letters, and says when there is no due date', () => {
    expect(letterTiming(letter('1', 'SUBMITTED', '2026-01-01'), today).kind).toBe('closed');
    expect(letterTiming(letter('1', 'DECLINED', '2026-01-01'), today).kind).toBe('closed');
    expect(letterTiming(letter('1', 'REQUESTED', null), today)).toMatchObject({ kind: 'no-date', label: 'No due date' });
  });

  it('orders overdue first, then due soon, later, undated, by date then student', () => {
    const letters = [
      letter('undated', 'REQUESTED', null),
      letter('later', 'REQUESTED', '2026-12-01'),
      letter('soon-b', 'REQUESTED', '2026-09-12', 'Bo'),
      letter('soon-a', 'REQUESTED', '2026-09-12', 'Al'),
      letter('overdue', 'COMMITTED', '2026-09-01'),
    ];
    expect([...letters].sort(byUrgency(today)).map((l) => l.id)).toEqual(['overdue', 'soon-a', 'soon-b', 'later', 'undated']);
  });

  it('filters by mentor, or by writers outside the institution', () => {
    const mentored = letter('1', 'REQUESTED', null, 'S', { id: 'm1', displayName: 'Dr. Patel' });
    const external = letter('2', 'REQUESTED', null);
    expect(matchesMentor(mentored, null)).toBe(true);
    expect(matchesMentor(mentored, 'm1')).toBe(true);
    expect(matchesMentor(mentored, 'm2')).toBe(false);
    expect(matchesMentor(external, EXTERNAL_WRITERS)).toBe(true);
    expect(matchesMentor(mentored, EXTERNAL_WRITERS)).toBe(false);
  });
});
