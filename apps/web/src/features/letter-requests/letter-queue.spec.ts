import type { MentorLetterRequestView } from '@advising/contracts';
import { describe, expect, it } from 'vitest';
import { actionsFor, dueLabel, sortQueue } from './letter-queue';

const TODAY = '2026-05-10';

function letter(id: string, patch: Partial<MentorLetterRequestView> = {}): MentorLetterRequestView {
  return {
    id,
    student: { id: `s-${id}`, displayName: `Student ${id}` },
    mentor: { id: 'm1', displayName: 'Dr. Morgan Patel' },
    writerName: 'Dr. Morgan Patel',
    writerSpecialty: 'IR',
    writerInUS: true,
    status: 'REQUESTED',
    dueDate: null,
    requestedAt: '2026-04-01T10:00:00.000Z',
    committedAt: null,
    submittedAt: null,
    declinedAt: null,
    mentorNote: null,
    version: 1,
    studentTarget: 'IR',
    overdue: false,
    ...patch,
  };
}

describe('due labels', () => {
  it('says overdue letters are overdue, in words, with the number of days', () => {
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: '2026-05-07' }), TODAY)).toEqual({
      kind: 'overdue',
      text: 'Overdue by 3 days (due 7 May 2026)',
    });
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: '2026-05-09' }), TODAY).text).toBe('Overdue by 1 day (due 9 May 2026)');
  });

  it('says a letter is due soon within the at-risk window, and due today on the day', () => {
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: TODAY }), TODAY)).toEqual({ kind: 'due-soon', text: 'Due today' });
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: '2026-05-11' }), TODAY).text).toBe('Due soon: in 1 day (11 May 2026)');
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: '2026-05-24' }), TODAY).kind).toBe('due-soon');
    expect(dueLabel(letter('a', { status: 'COMMITTED', dueDate: '2026-05-25' }), TODAY)).toEqual({ kind: 'scheduled', text: 'Due 25 May 2026' });
  });

  it('names undated requests and finished letters', () => {
    expect(dueLabel(letter('a'), TODAY)).toEqual({ kind: 'undated', text: 'No due date yet' });
    expect(dueLabel(letter('a', { status: 'SUBMITTED', dueDate: '2026-01-01', submittedAt: '2026-04-02T09:00:00.000Z' }), TODAY)).toEqual({
      kind: 'submitted',
      text: 'Submitted 2 Apr 2026',
    });
    expect(dueLabel(letter('a', { status: 'DECLINED', dueDate: '2026-01-01', declinedAt: '2026-04-03T09:00:00.000Z' }), TODAY).kind).toBe('declined');
  });
});

describe('queue order', () => {
  it('puts overdue first, then due soon, later dates, undated requests and finished letters last', () => {
    const queue = [
      letter('submitted', { status: 'SUBMITTED', dueDate: '2026-04-01', submittedAt: '2026-04-01T00:00:00.000Z' }),
      letter('undated-new', { requestedAt: '2026-05-01T00:00:00.000Z' }),
      letter('later', { status: 'COMMITTED', dueDate: '2026-07-01' }),
      letter('declined', { status: 'DECLINED', declinedAt: '2026-05-02T00:00:00.000Z' }),
      letter('soon', { status: 'COMMITTED', dueDate: '2026-05-15' }),
      letter('undated-old', { requestedAt: '2026-03-01T00:00:00.000Z' }),
      letter('overdue-less', { status: 'COMMITTED', dueDate: '2026-05-08' }),
      letter('overdue-most', { status: 'COMMITTED', dueDate: '2026-04-20' }),
      letter('soonest', { status: 'REQUESTED', dueDate: '2026-05-12' }),
    ];

    expect(sortQueue(queue, TODAY).map((l) => l.id)).toEqual([
      'overdue-most',
      'overdue-less',
      'soonest',
      'soon',
      'later',
      'undated-old',
      'undated-new',
      'declined',
      'submitted',
    ]);
  });
});

describe('actions per status', () => {
  it('offers commit and decline on a request, submit and decline once committed, nothing when final', () => {
    expect(actionsFor('REQUESTED')).toEqual({ commit: true, decline: true, submit: false, edit: true });
    expect(actionsFor('COMMITTED')).toEqual({ commit: false, decline: true, submit: true, edit: true });
    expect(actionsFor('SUBMITTED')).toEqual({ commit: false, decline: false, submit: false, edit: false });
    expect(actionsFor('DECLINED')).toEqual({ commit: false, decline: false, submit: false, edit: false });
  });
});
