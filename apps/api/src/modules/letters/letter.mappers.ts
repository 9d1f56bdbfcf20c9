import type { LetterView, MentorLetterRequestView, PersonRef } from '@advising/contracts';
import type { Target } from '@advising/strategy-rules';
import type { LetterRequest } from './letter-request.entity';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A letter request as a viewer sees it; the mentor's private note only when `withMentorNote`. */
export function toLetterView(l: LetterRequest, people: Map<string, PersonRef>, options: { withMentorNote: boolean }): LetterView {
  return {
    id: l.id,
    student: people.get(l.studentId) ?? { id: l.studentId, displayName: 'Student' },
    mentor: l.mentorId ? (people.get(l.mentorId) ?? { id: l.mentorId, displayName: l.writerName }) : null,
    writerName: l.writerName,
    writerSpecialty: l.writerSpecialty,
    writerInUS: l.writerInUS,
    status: l.status,
    dueDate: l.dueDate,
    requestedAt: l.requestedAt.toISOString(),
    committedAt: iso(l.committedAt),
    submittedAt: iso(l.submittedAt),
    declinedAt: iso(l.declinedAt),
    ...(options.withMentorNote ? { mentorNote: l.mentorNote } : {}),
    version: l.version,
  };
}

/** A request in the mentor's own queue: the mentor sees their note, the student's target, and whether it is overdue as of `today` (YYYY-MM-DD). */
export function toMentorLetterRequestView(l: LetterRequest, people: Map<string, PersonRef>, studentTarget: Target, today: string): MentorLetterRequestView {
  const open = l.status === 'REQUESTED' || l.status === 'COMMITTED';
  return { ...toLetterView(l, people, { withMentorNote: true }), studentTarget, overdue: open && l.dueDate !== null && l.dueDate < today };
}
