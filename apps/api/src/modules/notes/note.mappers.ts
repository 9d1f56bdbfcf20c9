import type { NoteView, PersonRef } from '@advising/contracts';
import type { AdvisorNote } from './advisor-note.entity';

export const toNoteView = (n: AdvisorNote, people: Map<string, PersonRef>): NoteView => ({
  id: n.id,
  author: (n.authorId ? people.get(n.authorId) : undefined) ?? { id: n.authorId ?? '', displayName: 'Former staff member' },
  body: n.body,
  createdAt: n.createdAt.toISOString(),
});
