import type { MentorLetterRequestView } from '@advising/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { type FieldError as FieldErrorValue, useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useTransitionLetter, useUpdateLetter } from '../hooks/use-letter-requests';
import { actionsFor, dueLabel, formatDay, STATUS_LABELS, TARGET_LABELS } from '../letter-queue';
import { describeLetterError, type MutationErrorView } from '../mutation-error';

type Mode = 'idle' | 'commit' | 'edit' | 'decline' | 'submit';

export interface LetterRequestCardProps {
  letter: MentorLetterRequestView;
  today: string;
  /** Reload the queue after a conflict (what the user typed stays in the open form). */
  onReload: () => void;
  /** Announce a completed change to screen-reader users (the card may move in the list). */
  onDone: (message: string) => void;
}

export function LetterRequestCard({ letter, today, onReload, onDone }: LetterRequestCardProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [error, setError] = useState<MutationErrorView | null>(null);
  const transition = useTransitionLetter();
  const actions = actionsFor(letter.status);
  const due = dueLabel(letter, today);
  const headingId = useId();
  const student = letter.student.displayName;

  const actionsRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  const open = (next: Mode) => {
    setError(null);
    // Back to the buttons after a form or a question closes, so keyboard users keep their place.
    returnFocus.current = next === 'idle';
    setMode(next);
  };

  useEffect(() => {
    if (mode !== 'idle' || !returnFocus.current) return;
    returnFocus.current = false;
    actionsRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [mode]);

  const runTransition = (to: 'DECLINED' | 'SUBMITTED') => {
    setError(null);
    transition.mutate(
      { letterId: letter.id, to, version: letter.version },
      {
        onSuccess: () => {
          setMode('idle');
          onDone(to === 'DECLINED' ? `You declined the letter request from ${student}.` : `The letter for ${student} is marked submitted.`);
        },
        onError: (cause) => setError(describeLetterError(cause)),
      },
    );
  };

  return (
    <article className={`request-card request-card--${due.kind}`} aria-labelledby={headingId} data-testid="letter-request">
      <div className="request-card__head">
        <h3 id={headingId} className="request-card__student">
          {student}
        </h3>
        <span className={`request-status request-status--${letter.status.toLowerCase()}`} data-testid="request-status">
          {STATUS_LABELS[letter.status]}
        </span>
      </div>
      <p className={`due-label due-label--${due.kind}`} data-testid="due-label" data-due={due.kind}>
        <span aria-hidden="true" className="due-label__icon">
          {due.kind === 'overdue' ? '!' : ''}
        </span>
        {due.text}
      </p>
      <dl className="request-card__facts">
        <div>
          <dt>Applying in</dt>
          <dd>{TARGET_LABELS[letter.studentTarget] ?? letter.studentTarget}</dd>
        </div>
        <div>
          <dt>Requested</dt>
          <dd>{formatDay(letter.requestedAt)}</dd>
        </div>
        {letter.committedAt !== null && (
          <div>
            <dt>Committed</dt>
            <dd>{formatDay(letter.committedAt)}</dd>
          </div>
        )}
        {letter.mentorNote != null && letter.mentorNote !== '' && (
          <div className="request-card__note">
            <dt>Your private note</dt>
            <dd>{letter.mentorNote}</dd>
          </div>
        )}
      </dl>

      {error !== null && mode !== 'commit' && mode !== 'edit' && <ErrorBox error={error} onReload={onReload} />}

      {mode === 'idle' && (actions.commit || actions.submit || actions.decline || actions.edit) && (
        <div className="request-card__actions" ref={actionsRef}>
          {actions.commit && (
            <button type="button" aria-label={`Commit to write for ${student}`} className="button button--primary" onClick={() => open('commit')}>
              Commit to write
            </button>
          )}
          {actions.submit && (
            <button type="button" aria-label={`Mark submitted for ${student}`} className="button button--primary" onClick={() => open('submit')}>
              Mark submitted
            </button>
          )}
          {actions.edit && (
            <button type="button" aria-label={`Edit due date and note for ${student}`} className="button button--secondary" onClick={() => open('edit')}>
              Edit due date and note
            </button>
          )}
          {actions.decline && (
            <button type="button" aria-label={`Decline the request from ${student}`} className="button button--secondary" onClick={() => open('decline')}>
              Decline
            </button>
          )}
        </div>
      )}

      {mode === 'commit' && (
        <CommitForm
          letter={letter}
          today={today}
          onCancel={() => open('idle')}
          onReload={onReload}
          onDone={(message) => {
            setMode('idle');
            onDone(message);
          }}
        />
      )}
      {mode === 'edit' && (
        <EditForm
          letter={letter}
          onCancel={() => open('idle')}
          onReload={onReload}
          onDone={(message) => {
            setMode('idle');
            onDone(message);
          }}
        />
      )}
      {(mode === 'decline' || mode === 'submit') && (
        <Confirm
          question={
            mode === 'decline'
              ? `Decline the letter request from ${student}? The student will see that you declined, and this cannot be undone.`
              : `Mark the letter for ${student} as submitted? Do this once the letter has been uploaded.`
          }
          confirmLabel={mode === 'decline' ? 'Decline request' : 'Mark submitted'}
          pending={transition.isPending}
          onConfirm={() => runTransition(mode === 'decline' ? 'DECLINED' : 'SUBMITTED')}
          onCancel={() => open('idle')}
        />
      )}
    </article>
  );
}

function ErrorBox({ error, onReload }: { error: MutationErrorView; onReload: () => void }) {
  return (
    <div className="alert alert--error request-card__error" role="alert">
      <p>{error.message}</p>
      {error.stale && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          Reload requests
        </button>
      )}
    </div>
  );
}

function Confirm({
  question,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="request-card__confirm" role="group" aria-label="Confirm">
      <p>{question}</p>
      <div className="request-card__actions">
        <button ref={confirmRef} type="button" className="button button--primary" onClick={onConfirm} disabled={pending}>
          {pending ? 'Saving…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface FormProps {
  letter: MentorLetterRequestView;
  onCancel: () => void;
  onReload: () => void;
  onDone: (message: string) => void;
}

const NOTE_RULES = { maxLength: { value: 4000, message: 'Keep the note under 4,000 characters.' } };

function FieldError({ id, error }: { id: string; error: FieldErrorValue | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error.message}
    </p>
  ) : null;
}

/** The mentor's private note, which the student never sees. */
function PrivateNoteField({
  id,
  label,
  rows,
  error,
  registration,
}: {
  id: string;
  label: string;
  rows: number;
  error: FieldErrorValue | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} aria-invalid={error !== undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} {...registration} />
      <p id={`${id}-hint`} className="request-hint">
        Only you, advisors and admins see this note; the student never does.
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}

function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="request-card__actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
    </div>
  );
}

interface CommitValues {
  dueDate: string;
  note: string;
}

function CommitForm({ letter, today, onCancel, onReload, onDone }: FormProps & { today: string }) {
  const transition = useTransitionLetter();
  const [error, setError] = useState<MutationErrorView | null>(null);
  const ids = { due: useId(), note: useId() };
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    setFocus,
    formState: { errors },
  } = useForm<CommitValues>({ defaultValues: { dueDate: letter.dueDate ?? '', note: letter.mentorNote ?? '' } });

  useEffect(() => setFocus('dueDate'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    setError(null);
    transition.mutate(
      {
        letterId: letter.id,
        to: 'COMMITTED',
        version: letter.version,
        dueDate: values.dueDate,
        ...(values.note.trim() !== '' ? { note: values.note.trim() } : {}),
      },
      {
        onSuccess: (saved) =>
          onDone(`You committed to write for ${letter.student.displayName}${saved.dueDate ? `, due ${formatDay(saved.dueDate)}` : ''}.`),
        onError: (cause) => {
          const view = describeLetterError(cause);
          setError(view);
          if (view.fieldErrors['dueDate']) setFieldError('dueDate', { message: view.fieldErrors['dueDate'] }, { shouldFocus: true });
          if (view.fieldErrors['mentorNote']) setFieldError('note', { message: view.fieldErrors['mentorNote'] });
        },
      },
    );
  });

  return (
    <form className="request-card__form" onSubmit={onSubmit} noValidate aria-label={`Commit to write for ${letter.student.displayName}`}>
      {error !== null && <ErrorBox error={error} onReload={onReload} />}
      <div className="field">
        <label htmlFor={ids.due}>Due date</label>
        <input
          id={ids.due}
          type="date"
          min={today}
          aria-invalid={errors.dueDate !== undefined}
          aria-describedby={errors.dueDate ? `${ids.due}-error` : undefined}
          {...register('dueDate', {
            required: 'Choose the date by which you will submit the letter.',
            validate: (value) => value >= today || 'The due date cannot be in the past.',
          })}
        />
        <FieldError id={ids.due} error={errors.dueDate} />
      </div>
      <PrivateNoteField id={ids.note} label="Private note (optional)" rows={2} error={errors.note} registration={register('note', NOTE_RULES)} />
      <FormActions submitLabel="Commit" pending={transition.isPending} onCancel={onCancel} />
    </form>
  );
}

interface EditValues {
  dueDate: string;
  mentorNote: string;
}

function EditForm({ letter, onCancel, onReload, onDone }: FormProps) {
  const update = useUpdateLetter();
  const [error, setError] = useState<MutationErrorView | null>(null);
  const ids = { due: useId(), note: useId() };
  const committed = letter.status === 'COMMITTED';
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    setFocus,
    formState: { errors },
  } = useForm<EditValues>({ defaultValues: { dueDate: letter.dueDate ?? '', mentorNote: letter.mentorNote ?? '' } });

  useEffect(() => setFocus('dueDate'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    setError(null);
    const note = values.mentorNote.trim();
    update.mutate(
      {
        letterId: letter.id,
        version: letter.version,
        dueDate: values.dueDate === '' ? null : values.dueDate,
        mentorNote: note === '' ? null : note,
      },
      {
        onSuccess: () => onDone(`Saved the due date and note for ${letter.student.displayName}.`),
        onError: (cause) => {
          const view = describeLetterError(cause);
          setError(view);
          if (view.fieldErrors['dueDate']) setFieldError('dueDate', { message: view.fieldErrors['dueDate'] }, { shouldFocus: true });
          if (view.fieldErrors['mentorNote']) setFieldError('mentorNote', { message: view.fieldErrors['mentorNote'] });
        },
      },
    );
  });

  return (
    <form className="request-card__form" onSubmit={onSubmit} noValidate aria-label={`Edit due date and note for ${letter.student.displayName}`}>
      {error !== null && <ErrorBox error={error} onReload={onReload} />}
      <div className="field">
        <label htmlFor={ids.due}>Due date{committed ? '' : ' (optional)'}</label>
        <input
          id={ids.due}
          type="date"
          aria-invalid={errors.dueDate !== undefined}
          aria-describedby={errors.dueDate ? `${ids.due}-error` : undefined}
          {...register('dueDate', { required: committed ? 'A committed letter needs a due date.' : false })}
        />
        <FieldError id={ids.due} error={errors.dueDate} />
      </div>
      <PrivateNoteField id={ids.note} label="Private note" rows={3} error={errors.mentorNote} registration={register('mentorNote', NOTE_RULES)} />
      <FormActions submitLabel="Save" pending={update.isPending} onCancel={onCancel} />
    </form>
  );
}
