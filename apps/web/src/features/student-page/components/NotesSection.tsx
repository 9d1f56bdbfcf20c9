import type { NoteView } from '@advising/contracts';
import { useId, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { ApiClient } from '../../../lib/api-client';
import { addNote } from '../../student-record/api';
import { TextAreaField } from '../../student-record/components/form-fields';
import { SaveForm, useSaveForm } from '../../student-record/components/SaveForm';
import { useNotes } from '../../student-record/hooks/use-student-queries';
import { useStudentWrite } from '../../student-record/hooks/use-student-write';
import { formatDateTime } from '../../student-record/labels';

/** The advisors' notes on a student, newest first; never shown to the student. */
export function NotesSection({ studentId }: { studentId: string }) {
  const titleId = useId();
  const notes = useNotes(studentId);
  const [notice, setNotice] = useState<string | null>(null);
  const add = useStudentWrite(studentId, (client: ApiClient, body: string) => addNote(client, studentId, body));
  const { form, failure, submit } = useSaveForm<{ body: string }, NoteView>({
    defaultValues: { body: '' },
    fields: ['body'],
    save: (values) => add.mutateAsync(values.body),
    onSaved: () => {
      form.reset({ body: '' });
      setNotice('The note was added.');
    },
  });
  const sorted = notes.data === undefined ? [] : [...notes.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="card record-section" aria-labelledby={titleId} data-testid="notes-section">
      <h2 id={titleId}>Advisor notes</h2>
      <p className="muted">Seen by advisors and admins only.</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {notes.isPending ? (
        <LoadingState label="Loading notes…" />
      ) : notes.isError ? (
        <ErrorState title="The notes could not be loaded" error={notes.error} onRetry={() => void notes.refetch()} />
      ) : (
        <>
          <SaveForm form={form} title="Add a note" failure={failure} onSubmit={() => void submit()} submitLabel="Add note">
            <TextAreaField<{ body: string }> name="body" label="Note" rules={{ validate: (value) => value.trim() !== '' || 'Write the note first.' }} />
          </SaveForm>
          {sorted.length === 0 ? (
            <p className="muted">No notes yet.</p>
          ) : (
            <ol className="notes">
              {sorted.map((note) => (
                <li key={note.id} className="note">
                  <p className="note__body">{note.body}</p>
                  <p className="note__meta">
                    {note.author.displayName} · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
