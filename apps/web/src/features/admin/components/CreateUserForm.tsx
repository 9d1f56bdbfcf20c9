import { APPLICANT_TYPES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLE_LABELS, ROLES, type Role, TARGETS } from '@advising/contracts';
import type { ApplicantType, Target } from '@advising/strategy-rules';
import { useEffect, useId, useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import type { CreatedUser, CreateUserInput } from '../api';
import { describeFormError } from '../form-errors';
import { useAdminCohorts, useCreateUser } from '../hooks/use-admin';
import { APPLICANT_TYPE_LABELS, TARGET_LABELS } from '../labels';

export interface UserFormValues {
  email: string;
  displayName: string;
  role: Role;
  passwordMode: 'generate' | 'set';
  password: string;
  applicantType: ApplicantType | '';
  target: Target | '';
  graduationYear: string;
  cohortId: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** API field paths → this form's fields. */
const FIELD_OF: Record<string, FieldPath<UserFormValues>> = {
  email: 'email',
  displayName: 'displayName',
  role: 'role',
  password: 'password',
  profile: 'applicantType',
  'profile.applicantType': 'applicantType',
  'profile.target': 'target',
  'profile.graduationYear': 'graduationYear',
  'profile.cohortId': 'cohortId',
};

/** The request body for the form's values: a profile only for a student, a password only when set. */
export function toCreateUserInput(values: UserFormValues): CreateUserInput {
  const input: CreateUserInput = { email: values.email.trim(), displayName: values.displayName.trim(), role: values.role };
  if (values.passwordMode === 'set') input.password = values.password;
  if (values.role === 'STUDENT') {
    input.profile = {
      applicantType: values.applicantType as ApplicantType,
      target: values.target as Target,
      graduationYear: Number(values.graduationYear),
      ...(values.cohortId !== '' ? { cohortId: values.cohortId } : {}),
    };
  }
  return input;
}

export interface CreateUserFormProps {
  onCreated: (user: CreatedUser) => void;
  onCancel: () => void;
}

export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const create = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<UserFormValues>({
    defaultValues: {
      email: '',
      displayName: '',
      role: 'STUDENT',
      passwordMode: 'generate',
      password: '',
      applicantType: '',
      target: '',
      graduationYear: '',
      cohortId: '',
    },
  });
  const role = watch('role');
  const passwordMode = watch('passwordMode');
  const cohorts = useAdminCohorts();
  const id = useId();
  const fid = (name: string) => `${id}-${name}`;

  useEffect(() => setFocus('email'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    create.mutate(toCreateUserInput(values), {
      onSuccess: onCreated,
      onError: (cause) => {
        const view = describeFormError(cause);
        let focused = false;
        for (const [apiField, message] of Object.entries(view.fieldErrors)) {
          const field = FIELD_OF[apiField];
          if (field === undefined) continue;
          setError(field, { message }, { shouldFocus: !focused });
          focused = true;
        }
        const unplaced = Object.entries(view.fieldErrors).filter(([f]) => FIELD_OF[f] === undefined);
        setFormError(unplaced.length ? `${view.message} ${unplaced.map(([, m]) => m).join('; ')}` : view.message);
      },
    });
  });

  const errorOf = (name: keyof UserFormValues) => errors[name]?.message;
  const describedBy = (name: keyof UserFormValues, hint?: string) =>
    [hint, errorOf(name) !== undefined ? `${fid(name)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: keyof UserFormValues) =>
    errorOf(name) !== undefined && (
      <p id={`${fid(name)}-error`} className="field__error">
        {errorOf(name)}
      </p>
    );

  return (
    <form className="card admin-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} aria-busy={create.isPending}>
      <h2 id={`${id}-title`}>Add a user</h2>
      {formError !== null && (
        <div className="alert alert--error" role="alert">
          {formError}
        </div>
      )}
      <div className="admin-form__grid">
        <div className="field">
          <label htmlFor={fid('email')}>Email</label>
          <input
            id={fid('email')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errorOf('email') !== undefined}
            aria-describedby={describedBy('email')}
            {...register('email', {
              required: 'Enter the email address.',
              validate: (v) => EMAIL.test(v.trim()) || 'Enter an email address like name@school.edu.',
            })}
          />
          {fieldError('email')}
        </div>
        <div className="field">
          <label htmlFor={fid('displayName')}>Full name</label>
          <input
            id={fid('displayName')}
            autoComplete="off"
            aria-invalid={errorOf('displayName') !== undefined}
            aria-describedby={describedBy('displayName')}
            {...register('displayName', {
              validate: (v) => v.trim() !== '' || 'Enter the name.',
              maxLength: { value: 200, message: 'Keep the name under 200 characters.' },
            })}
          />
          {fieldError('displayName')}
        </div>
        <div className="field">
          <label htmlFor={fid('role')}>Role</label>
          <select id={fid('role')} aria-invalid={errorOf('role') !== undefined} aria-describedby={describedBy('role')} {...register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
      </div>

      {role === 'STUDENT' && (
        <fieldset className="admin-form__fieldset">
          <legend>Student profile</legend>
          <div className="admin-form__grid">
            <div className="field">
              <label htmlFor={fid('applicantType')}>Applicant type</label>
              <select
                id={fid('applicantType')}
                aria-invalid={errorOf('applicantType') !== undefined}
                aria-describedby={describedBy('applicantType')}
                {...register('applicantType', { validate: (v) => role !== 'STUDENT' || v !== '' || 'Choose the applicant type.' })}
              >
                <option value="">Choose…</option>
                {APPLICANT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {APPLICANT_TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
              {fieldError('applicantType')}
            </div>
            <div className="field">
              <label htmlFor={fid('target')}>Applying in</label>
              <select
                id={fid('target')}
                aria-invalid={errorOf('target') !== undefined}
                aria-describedby={describedBy('target')}
                {...register('target', { validate: (v) => role !== 'STUDENT' || v !== '' || 'Choose IR or DR.' })}
              >
                <option value="">Choose…</option>
                {TARGETS.map((t) => (
                  <option key={t} value={t}>
                    {TARGET_LABELS[t]}
                  </option>
                ))}
              </select>
              {fieldError('target')}
            </div>
            <div className="field">
              <label htmlFor={fid('graduationYear')}>Graduation year</label>
              <input
                id={fid('graduationYear')}
                inputMode="numeric"
                aria-invalid={errorOf('graduationYear') !== undefined}
                aria-describedby={describedBy('graduationYear')}
                {...register('graduationYear', {
                  validate: (v) => {
                    if (role !== 'STUDENT') return true;
                    if (v.trim() === '') return 'Enter the graduation year.';
                    const year = Number(v);
                    return (Number.isInteger(year) && year >= 1950 && year <= 2100) || 'Enter a year between 1950 and 2100.';
                  },
                })}
              />
              {fieldError('graduationYear')}
            </div>
            <div className="field">
              <label htmlFor={fid('cohortId')}>Cohort (optional)</label>
              <select id={fid('cohortId')} aria-invalid={errorOf('cohortId') !== undefined} aria-describedby={describedBy('cohortId')} {...register('cohortId')}>
                <option value="">No cohort yet</option>
                {(cohorts.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {cohorts.isError && <p className="admin-hint">The cohorts could not be loaded; you can add the student to a cohort later.</p>}
              {fieldError('cohortId')}
            </div>
          </div>
        </fieldset>
      )}

      <fieldset className="admin-form__fieldset">
        <legend>Password</legend>
        <div className="admin-form__radios">
          <label>
            <input type="radio" value="generate" {...register('passwordMode')} /> Generate a one-time password (shown once after saving)
          </label>
          <label>
            <input type="radio" value="set" {...register('passwordMode')} /> Set a password now
          </label>
        </div>
        {passwordMode === 'set' && (
          <div className="field">
            <label htmlFor={fid('password')}>Password</label>
            <input
              id={fid('password')}
              type="password"
              autoComplete="new-password"
              aria-invalid={errorOf('password') !== undefined}
              aria-describedby={describedBy('password', `${fid('password')}-hint`)}
              {...register('password', {
                validate: (v) =>
                  passwordMode !== 'set' ||
                  (v.length >= PASSWORD_MIN_LENGTH && v.length <= PASSWORD_MAX_LENGTH) ||
                  `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
              })}
            />
            <p id={`${fid('password')}-hint`} className="admin-hint">
              At least {PASSWORD_MIN_LENGTH} characters.
            </p>
            {fieldError('password')}
          </div>
        )}
      </fieldset>

      <div className="admin-form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create user'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
