import { type CohortView, ROUTES, routePath } from '@advising/contracts';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type FieldPath, type FieldValues, type UseFormSetError, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import '../admin.css';
import { describeFormError } from '../form-errors';
import { useAddCohortStudents, useAdminCohorts, useCreateCohort, useSetCohortAdvisors, useUpdateCohort, useUserOptions } from '../hooks/use-admin';

interface CohortValues {
  name: string;
  matchYear: string;
}

const cohortRules = {
  name: {
    validate: (v: string) => v.trim() !== '' || 'Enter a name.',
    maxLength: { value: 200, message: 'Keep the name under 200 characters.' },
  },
  matchYear: {
    validate: (v: string) => {
      const year = Number(v);
      return (v.trim() !== '' && Number.isInteger(year) && year >= 2000 && year <= 2100) || 'Enter a match year between 2000 and 2100.';
    },
  },
};

/** Put the API's field messages beside the fields; returns what is left for the form's alert. */
function placeErrors<T extends FieldValues>(cause: unknown, fields: readonly FieldPath<T>[], setError: UseFormSetError<T>) {
  const view = describeFormError(cause);
  for (const [field, message] of Object.entries(view.fieldErrors)) {
    if ((fields as readonly string[]).includes(field)) setError(field as FieldPath<T>, { message }, { shouldFocus: true });
  }
  return view;
}

/** The API's message and field messages in one line, for a form without fields of its own. */
function alertText(cause: unknown): string {
  const view = describeFormError(cause);
  return [view.message, ...Object.values(view.fieldErrors)].join(' ');
}

function FormAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

/** Submit and Cancel at the foot of a cohort card's panel. */
function PanelActions({ submitLabel, disabled, onCancel }: { submitLabel: string; disabled: boolean; onCancel: () => void }) {
  return (
    <div className="admin-form__actions">
      <button type="submit" className="button button--primary button--compact" disabled={disabled}>
        {submitLabel}
      </button>
      <button type="button" className="button button--secondary button--compact" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

interface UserOption {
  id: string;
  displayName: string;
  email: string;
}

/** Checkboxes for users, each with their name and email. */
function UserCheckList<T extends UserOption>({
  users,
  isChecked,
  onToggle,
  firstRef,
}: {
  users: readonly T[];
  isChecked: (userId: string) => boolean;
  onToggle: (user: T) => void;
  firstRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <ul className="check-list">
      {users.map((user, index) => (
        <li key={user.id}>
          <label>
            <input ref={index === 0 ? firstRef : undefined} type="checkbox" checked={isChecked(user.id)} onChange={() => onToggle(user)} />
            <span>
              {user.displayName} <span className="admin-hint">{user.email}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function AdminCohortsPage() {
  const cohorts = useAdminCohorts();
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const newButtonRef = useRef<HTMLButtonElement>(null);

  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <PageHeader
        title="Cohorts"
        description="Create cohorts by match year, enrol students (one by one or from a CSV file) and assign the advisors who advise each cohort."
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {creating ? (
        <CreateCohortForm
          onDone={(cohort) => {
            setCreating(false);
            if (cohort) setAnnouncement(`Cohort ${cohort.name} created.`);
            requestAnimationFrame(() => newButtonRef.current?.focus());
          }}
        />
      ) : (
        <p>
          <button ref={newButtonRef} type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New cohort
          </button>
        </p>
      )}

      {cohorts.isPending ? (
        <LoadingState label="Loading cohorts…" />
      ) : cohorts.isError ? (
        <ErrorState title="The cohorts could not be loaded" error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : cohorts.data.length === 0 ? (
        <div className="card card--empty">
          <p>No cohorts yet. Create one for each match year, then add its students and advisors.</p>
        </div>
      ) : (
        <ul className="cohort-list" aria-label="Cohorts">
          {cohorts.data.map((cohort) => (
            <li key={cohort.id}>
              <CohortCard cohort={cohort} onDone={setAnnouncement} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreateCohortForm({ onDone }: { onDone: (cohort: CohortView | null) => void }) {
  const create = useCreateCohort();
  const [alert, setAlert] = useState<string | null>(null);
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<CohortValues>({ defaultValues: { name: '', matchYear: String(new Date().getFullYear() + 1) } });
  useEffect(() => setFocus('name'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    setAlert(null);
    create.mutate(
      { name: values.name.trim(), matchYear: Number(values.matchYear) },
      {
        onSuccess: (cohort) => onDone(cohort as CohortView),
        onError: (cause) => {
          const view = placeErrors(cause, ['name', 'matchYear'] as const, setError);
          if (view.conflict && Object.keys(view.fieldErrors).length === 0) {
            setError('name', { message: 'A cohort with this name already exists.' }, { shouldFocus: true });
          } else setAlert(view.message);
        },
      },
    );
  });

  return (
    <form className="card admin-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New cohort</h2>
      <FormAlert message={alert} />
      <CohortFields id={id} register={register} errors={errors} />
      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create cohort'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CohortFields({
  id,
  register,
  errors,
}: {
  id: string;
  register: ReturnType<typeof useForm<CohortValues>>['register'];
  errors: ReturnType<typeof useForm<CohortValues>>['formState']['errors'];
}) {
  return (
    <div className="admin-form__grid">
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          aria-invalid={errors.name !== undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          {...register('name', cohortRules.name)}
        />
        {errors.name && (
          <p id={`${id}-name-error`} className="field__error">
            {errors.name.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>Match year</label>
        <input
          id={`${id}-year`}
          inputMode="numeric"
          aria-invalid={errors.matchYear !== undefined}
          aria-describedby={errors.matchYear ? `${id}-year-error` : undefined}
          {...register('matchYear', cohortRules.matchYear)}
        />
        {errors.matchYear && (
          <p id={`${id}-year-error`} className="field__error">
            {errors.matchYear.message}
          </p>
        )}
      </div>
    </div>
  );
}

type Panel = 'none' | 'rename' | 'advisors' | 'students';

function CohortCard({ cohort, onDone }: { cohort: CohortView; onDone: (message: string) => void }) {
  const [panel, setPanel] = useState<Panel>('none');
  const headingId = useId();
  const close = (message?: string) => {
    setPanel('none');
    if (message) onDone(message);
  };
  const toggle = (next: Panel) => setPanel((current) => (current === next ? 'none' : next));

  return (
    <article className="card cohort-card" aria-labelledby={headingId} data-testid="admin-cohort">
      <h3 id={headingId}>{cohort.name}</h3>
      <dl className="cohort-card__facts">
        <div>
          <dt>Match year</dt>
          <dd>{cohort.matchYear}</dd>
        </div>
        <div>
          <dt>Students</dt>
          <dd data-testid="cohort-student-count">{cohort.studentCount}</dd>
        </div>
        <div>
          <dt>Advisors</dt>
          <dd>{cohort.advisors.length ? cohort.advisors.map((a) => a.displayName).join(', ') : 'None yet'}</dd>
        </div>
      </dl>
      <div className="cohort-card__actions">
        <button type="button" className="button button--secondary button--compact" aria-expanded={panel === 'rename'} aria-label={`Rename ${cohort.name}`} onClick={() => toggle('rename')}>
          Rename
        </button>
        <button type="button" className="button button--secondary button--compact" aria-expanded={panel === 'advisors'} aria-label={`Advisors of ${cohort.name}`} onClick={() => toggle('advisors')}>
          Advisors
        </button>
        <button type="button" className="button button--secondary button--compact" aria-expanded={panel === 'students'} aria-label={`Add students to ${cohort.name}`} onClick={() => toggle('students')}>
          Add students
        </button>
        <Link to={routePath(ROUTES.adminImport, { cohortId: cohort.id })} aria-label={`Import students from CSV into ${cohort.name}`}>
          Import students from CSV
        </Link>
      </div>
      {panel === 'rename' && <RenamePanel cohort={cohort} onClose={close} />}
      {panel === 'advisors' && <AdvisorsPanel cohort={cohort} onClose={close} />}
      {panel === 'students' && <AddStudentsPanel cohort={cohort} onClose={close} />}
    </article>
  );
}

function RenamePanel({ cohort, onClose }: { cohort: CohortView; onClose: (message?: string) => void }) {
  const update = useUpdateCohort();
  const cohorts = useAdminCohorts();
  const [alert, setAlert] = useState<{ message: string; conflict: boolean } | null>(null);
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<CohortValues>({ defaultValues: { name: cohort.name, matchYear: String(cohort.matchYear) } });
  useEffect(() => setFocus('name'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    setAlert(null);
    update.mutate(
      // The version is read at submit time: after a reload the new one is used, and the typed values stay.
      { cohortId: cohort.id, version: cohort.version, name: values.name.trim(), matchYear: Number(values.matchYear) },
      {
        onSuccess: () => onClose(`Cohort renamed to ${values.name.trim()}.`),
        onError: (cause) => {
          const view = placeErrors(cause, ['name', 'matchYear'] as const, setError);
          setAlert({ message: view.message, conflict: view.conflict && Object.keys(view.fieldErrors).length === 0 });
        },
      },
    );
  });

  return (
    <form className="cohort-card__panel" onSubmit={onSubmit} noValidate aria-label={`Rename ${cohort.name}`}>
      {alert !== null && (
        <div className="alert alert--error" role="alert">
          <p>{alert.message}</p>
          {alert.conflict && (
            <button type="button" className="button button--secondary button--compact" onClick={() => void cohorts.refetch().then(() => setAlert(null))}>
              Reload cohort
            </button>
          )}
        </div>
      )}
      <CohortFields id={id} register={register} errors={errors} />
      <PanelActions submitLabel={update.isPending ? 'Saving…' : 'Save'} disabled={update.isPending} onCancel={() => onClose()} />
    </form>
  );
}

function AdvisorsPanel({ cohort, onClose }: { cohort: CohortView; onClose: (message?: string) => void }) {
  const advisors = useUserOptions({ role: 'ADVISOR', active: 'true' });
  const save = useSetCohortAdvisors();
  const [selected, setSelected] = useState<Set<string>>(() => new Set(cohort.advisors.map((a) => a.id)));
  const [alert, setAlert] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const legendId = useId();
  const loaded = advisors.isSuccess;

  useEffect(() => {
    if (loaded) firstRef.current?.focus();
  }, [loaded]);

  const toggle = (advisorId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(advisorId)) next.delete(advisorId);
      else next.add(advisorId);
      return next;
    });

  return (
    <form
      className="cohort-card__panel"
      aria-label={`Advisors of ${cohort.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        setAlert(null);
        save.mutate(
          { cohortId: cohort.id, advisorIds: [...selected] },
          {
            onSuccess: () => onClose(`Advisors of ${cohort.name} saved.`),
            onError: (cause) => setAlert(alertText(cause)),
          },
        );
      }}
    >
      <FormAlert message={alert} />
      {advisors.isPending ? (
        <LoadingState label="Loading advisors…" />
      ) : advisors.isError ? (
        <ErrorState title="The advisors could not be loaded" error={advisors.error} onRetry={() => void advisors.refetch()} />
      ) : advisors.data.items.length === 0 ? (
        <p>There are no active advisors. Add one on the Users page first.</p>
      ) : (
        <fieldset className="admin-form__fieldset">
          <legend id={legendId}>Advisors of this cohort (active advisors of the institution)</legend>
          <UserCheckList users={advisors.data.items} isChecked={(advisorId) => selected.has(advisorId)} onToggle={(advisor) => toggle(advisor.id)} firstRef={firstRef} />
        </fieldset>
      )}
      <PanelActions
        submitLabel={save.isPending ? 'Saving…' : `Save advisors (${selected.size})`}
        disabled={save.isPending || !advisors.isSuccess}
        onCancel={() => onClose()}
      />
    </form>
  );
}

function AddStudentsPanel({ cohort, onClose }: { cohort: CohortView; onClose: (message?: string) => void }) {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const students = useUserOptions({ role: 'STUDENT', active: 'true', q: search || undefined });
  const add = useAddCohortStudents();
  const [selected, setSelected] = useState<Map<string, string>>(() => new Map());
  const [alert, setAlert] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => searchRef.current?.focus(), []);

  const toggle = (studentId: string, name: string) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(studentId)) next.delete(studentId);
      else next.set(studentId, name);
      return next;
    });

  return (
    <div className="cohort-card__panel">
      <form
        className="filter-bar"
        role="search"
        aria-label={`Find students to add to ${cohort.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(q.trim());
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>Find students by name or email</label>
          <input ref={searchRef} id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="filter-bar__actions">
          <button type="submit" className="button button--secondary button--compact">
            Search
          </button>
        </div>
      </form>
      <form
        aria-label={`Add students to ${cohort.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          setAlert(null);
          add.mutate(
            { cohortId: cohort.id, studentIds: [...selected.keys()] },
            {
              onSuccess: () => onClose(`${selected.size} student${selected.size === 1 ? '' : 's'} added to ${cohort.name}.`),
              onError: (cause) => setAlert(alertText(cause)),
            },
          );
        }}
      >
        <FormAlert message={alert} />
        {students.isPending ? (
          <LoadingState label="Loading students…" />
        ) : students.isError ? (
          <ErrorState title="The students could not be loaded" error={students.error} onRetry={() => void students.refetch()} />
        ) : students.data.items.length === 0 ? (
          <p>No active students match.</p>
        ) : (
          <fieldset className="admin-form__fieldset">
            <legend>Students to move into this cohort</legend>
            <UserCheckList users={students.data.items} isChecked={(studentId) => selected.has(studentId)} onToggle={(student) => toggle(student.id, student.displayName)} />
            {students.data.total > students.data.items.length && (
              <p className="admin-hint">
                Showing {students.data.items.length} of {students.data.total}: search to narrow the list.
              </p>
            )}
          </fieldset>
        )}
        <p className="admin-hint">Students already in another cohort are moved into this one.</p>
        <PanelActions
          submitLabel={add.isPending ? 'Adding…' : `Add ${selected.size} student${selected.size === 1 ? '' : 's'}`}
          disabled={add.isPending || selected.size === 0}
          onCancel={() => onClose()}
        />
      </form>
    </div>
  );
}
