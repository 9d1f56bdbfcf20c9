import { LETTER_TRANSITIONS, type LetterView, SPECIALTIES } from '@advising/contracts';
import type { LetterStatus, Specialty } from '@advising/strategy-rules';
import { useId, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ApiClient } from '../../../lib/api-client';
import { deleteLetter, type LetterRequestInput, type LetterUpdateInput, requestLetter, transitionLetter, updateLetter } from '../api';
import { useMentors } from '../hooks/use-student-queries';
import { useStudentWrite } from '../hooks/use-student-write';
import { formatDate, LETTER_STATUS_LABELS, SPECIALTY_LABELS } from '../labels';
import { CheckboxField, optionsOf, SelectField, TextAreaField, TextField } from './form-fields';
import { ItemActions } from './ItemSection';
import { SaveConflict, SaveForm, useSaveForm } from './SaveForm';

export interface LettersSectionProps {
  studentId: string;
  letters: readonly LetterView[];
  /** Who is looking: a student edits only their own open requests and never moves a status. */
  viewer: 'student' | 'staff';
}

/** Letters of recommendation: who writes, their status and due date; requests and edits. */
export function LettersSection({ studentId, letters, viewer }: LettersSectionProps) {
  const titleId = useId();
  const [mode, setMode] = useState<{ kind: 'request' } | { kind: 'edit'; id: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useStudentWrite(studentId, (client: ApiClient, args: { id: string; version: number }) => deleteLetter(client, args.id, args.version));
  const secured = letters.filter((letter) => letter.status === 'COMMITTED' || letter.status === 'SUBMITTED').length;

  const close = (message: string | null) => {
    setMode(null);
    setNotice(message);
  };

  return (
    <section className="card record-section" aria-labelledby={titleId} data-testid="letters-section">
      <div className="record-section__head">
        <h2 id={titleId}>Letters</h2>
        {mode?.kind !== 'request' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(null);
              setMode({ kind: 'request' });
            }}
          >
            Request a letter
          </button>
        )}
      </div>
      <p className="muted">
        {secured} of {letters.length} {letters.length === 1 ? 'request' : 'requests'} committed or submitted.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {notice !== null && (
        <p className="record-section__notice" aria-hidden="true">
          {notice}
        </p>
      )}

      {mode?.kind === 'request' && <LetterRequestForm studentId={studentId} onDone={close} />}

      {letters.length === 0 ? (
        <p className="muted">No letters requested yet.</p>
      ) : (
        <ul className="record-list">
          {letters.map((letter) => {
            const editable = viewer === 'staff' || letter.status === 'REQUESTED';
            return (
              <li key={letter.id} className={`record-list__item${mode?.kind === 'edit' && mode.id === letter.id ? ' record-list__item--editing' : ''}`}>
                {mode?.kind === 'edit' && mode.id === letter.id ? (
                  <LetterEditForm studentId={studentId} letter={letter} viewer={viewer} onDone={close} />
                ) : (
                  <>
                    <div className="record-list__content">
                      <LetterSummary letter={letter} />
                    </div>
                    {editable && (
                      <ItemActions
                        noun="letter request"
                        itemName={letter.writerName}
                        version={letter.version}
                        onEdit={
                          editable
                            ? () => {
                                setNotice(null);
                                setMode({ kind: 'edit', id: letter.id });
                              }
                            : undefined
                        }
                        deleteLabel={viewer === 'student' ? 'Withdraw' : 'Delete'}
                        onDelete={(version) => remove.mutateAsync({ id: letter.id, version })}
                        onDeleted={() => setNotice(viewer === 'student' ? 'The request was withdrawn.' : 'The letter was deleted.')}
                      />
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function LetterSummary({ letter }: { letter: LetterView }) {
  return (
    <>
      <span className="record-list__title">
        {letter.writerName}
        <span className={`status-badge status-badge--${letter.status.toLowerCase()}`}>{LETTER_STATUS_LABELS[letter.status]}</span>
      </span>
      <span className="record-list__meta">
        {SPECIALTY_LABELS[letter.writerSpecialty]} · {letter.writerInUS ? 'US faculty' : 'Outside the US'} · {letter.mentor === null ? 'External writer' : 'Mentor here'}
        {letter.dueDate !== null && ` · due ${formatDate(letter.dueDate)}`}
        {` · requested ${formatDate(letter.requestedAt)}`}
      </span>
      {letter.mentorNote != null && letter.mentorNote !== '' && <span className="record-list__comment">Mentor’s note: “{letter.mentorNote}”</span>}
    </>
  );
}

interface RequestValues {
  source: 'mentor' | 'external';
  mentorId: string;
  writerName: string;
  writerSpecialty: Specialty;
  writerInUS: boolean;
  dueDate: string;
}

const REQUEST_FIELDS = ['source', 'mentorId', 'writerName', 'writerSpecialty', 'writerInUS', 'dueDate'] as const;

export function toLetterRequest(values: RequestValues): LetterRequestInput {
  const base = { writerSpecialty: values.writerSpecialty, writerInUS: values.writerInUS, dueDate: values.dueDate === '' ? null : values.dueDate };
  return values.source === 'mentor' ? { ...base, mentorId: values.mentorId } : { ...base, writerName: values.writerName };
}

function LetterRequestForm({ studentId, onDone }: { studentId: string; onDone: (message: string | null) => void }) {
  const request = useStudentWrite(studentId, (client: ApiClient, input: LetterRequestInput) => requestLetter(client, studentId, input));
  const { form, failure, submit } = useSaveForm<RequestValues, LetterView>({
    defaultValues: { source: 'mentor', mentorId: '', writerName: '', writerSpecialty: 'IR', writerInUS: true, dueDate: '' },
    fields: REQUEST_FIELDS,
    save: (values) => request.mutateAsync(toLetterRequest(values)),
    onSaved: (letter) => onDone(`A letter was requested from ${letter.writerName}.`),
  });

  return (
    <SaveForm form={form} title="Request a letter" failure={failure} onSubmit={() => void submit()} submitLabel="Send request" onCancel={() => onDone(null)}>
      <RequestFields />
    </SaveForm>
  );
}

function RequestFields() {
  const { register, watch } = useFormContext<RequestValues>();
  const source = watch('source');
  const mentors = useMentors();
  const legendId = useId();

  return (
    <>
      <fieldset className="field field--radios" aria-labelledby={legendId}>
        <legend id={legendId}>Who will write it?</legend>
        <label>
          <input type="radio" value="mentor" {...register('source')} /> A mentor at this school
        </label>
        <label>
          <input type="radio" value="external" {...register('source')} /> Someone else (external writer)
        </label>
      </fieldset>
      {source === 'mentor' ? (
        mentors.isPending ? (
          <p className="muted" role="status">
            Loading mentors…
          </p>
        ) : mentors.isError ? (
          <p className="field__error" role="alert">
            The list of mentors could not be loaded.{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => void mentors.refetch()}>
              Try again
            </button>
          </p>
        ) : mentors.data.length === 0 ? (
          <p className="muted">No mentors are registered at this school yet; name an external writer instead.</p>
        ) : (
          <SelectField<RequestValues>
            name="mentorId"
            label="Mentor"
            placeholder="Choose a mentor"
            options={mentors.data.map((mentor) => ({ value: mentor.id, label: mentor.displayName }))}
            rules={{ required: 'Choose a mentor.' }}
          />
        )
      ) : (
        <TextField<RequestValues> name="writerName" label="Writer’s name" rules={{ required: 'Name the writer.' }} />
      )}
      <SelectField<RequestValues> name="writerSpecialty" label="Writer’s specialty" options={optionsOf(SPECIALTIES, SPECIALTY_LABELS)} />
      <CheckboxField<RequestValues> name="writerInUS" label="The writer is US faculty" />
      <TextField<RequestValues> name="dueDate" label="Due date (optional)" type="date" />
    </>
  );
}

interface EditValues {
  writerName: string;
  writerSpecialty: Specialty;
  writerInUS: boolean;
  dueDate: string;
  mentorNote: string;
  status: LetterStatus;
}

const EDIT_FIELDS = ['writerName', 'writerSpecialty', 'writerInUS', 'dueDate', 'mentorNote', 'status'] as const;

function editValues(letter: LetterView): EditValues {
  return {
    writerName: letter.writerName,
    writerSpecialty: letter.writerSpecialty,
    writerInUS: letter.writerInUS,
    dueDate: letter.dueDate ?? '',
    mentorNote: letter.mentorNote ?? '',
    status: letter.status,
  };
}

function LetterEditForm({ studentId, letter, viewer, onDone }: { studentId: string; letter: LetterView; viewer: 'student' | 'staff'; onDone: (message: string | null) => void }) {
  const version = useRef(letter.version);
  const hasNote = 'mentorNote' in letter;
  const save = useStudentWrite(studentId, async (client: ApiClient, values: EditValues) => {
    const input: LetterUpdateInput = {
      writerName: values.writerName,
      writerSpecialty: values.writerSpecialty,
      writerInUS: values.writerInUS,
      dueDate: values.dueDate === '' ? null : values.dueDate,
      ...(viewer === 'staff' && hasNote ? { mentorNote: values.mentorNote === '' ? null : values.mentorNote } : {}),
    };
    let saved = await updateLetter(client, letter.id, input, version.current);
    version.current = saved.version;
    if (viewer === 'staff' && values.status !== saved.status) {
      saved = await transitionLetter(client, letter.id, values.status, saved.version);
      version.current = saved.version;
    }
    return saved;
  });
  const { form, failure, setFailure, submit } = useSaveForm<EditValues, LetterView>({
    defaultValues: editValues(letter),
    fields: EDIT_FIELDS,
    aliases: { to: 'status', note: 'mentorNote' },
    save: (values) => save.mutateAsync(values),
    onSaved: () => onDone('The letter was saved.'),
  });
  const current = failure?.conflict?.current as LetterView | null | undefined;
  const nextStatuses: LetterStatus[] = [letter.status, ...LETTER_TRANSITIONS[letter.status]];

  return (
    <SaveForm
      form={form}
      title={`Edit the letter from ${letter.writerName}`}
      failure={failure}
      onSubmit={() => void submit()}
      submitLabel="Save letter"
      onCancel={() => onDone(null)}
      conflict={
        <SaveConflict
          current={current}
          renderCurrent={(letter) => <LetterSummary letter={letter} />}
          toValues={editValues}
          version={version}
          form={form}
          setFailure={setFailure}
          submit={submit}
        />
      }
    >
      {letter.mentor === null && <TextField<EditValues> name="writerName" label="Writer’s name" />}
      <SelectField<EditValues> name="writerSpecialty" label="Writer’s specialty" options={optionsOf(SPECIALTIES, SPECIALTY_LABELS)} />
      <CheckboxField<EditValues> name="writerInUS" label="The writer is US faculty" />
      <TextField<EditValues> name="dueDate" label="Due date" type="date" />
      {viewer === 'staff' && (
        <SelectField<EditValues>
          name="status"
          label="Status"
          options={nextStatuses.map((status) => ({ value: status, label: LETTER_STATUS_LABELS[status] }))}
          hint="A letter moves forward only: requested, committed, submitted (or declined)."
        />
      )}
      {viewer === 'staff' && hasNote && <TextAreaField<EditValues> name="mentorNote" label="Mentor’s note" hint="Never shown to the student." />}
    </SaveForm>
  );
}
