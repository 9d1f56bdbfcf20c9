import { type FormEvent, useId, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError, NetworkError } from '../../../lib/api-client';
import { useChangePassword } from '../hooks/use-change-password';
import { useSignOut } from '../hooks/use-sign-out';

type Field = 'currentPassword' | 'newPassword' | 'confirmation';

const FIELD_WORDS: Record<string, string> = { currentPassword: 'The current password', newPassword: 'The new password' };

/** "newPassword is too easy to guess" reads "The new password is too easy to guess." */
function words(field: string, message: string): string {
  const text = message.startsWith(field) ? `${FIELD_WORDS[field] ?? 'It'}${message.slice(field.length)}` : message;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function describe(error: unknown): { message: string; fields: Partial<Record<Field, string>> } {
  if (error instanceof NetworkError) return { message: 'We could not reach the server. Check your connection and try again.', fields: {} };
  if (error instanceof ApiError && error.status === 429) return { message: 'Too many attempts. Wait a minute, then try again.', fields: {} };
  if (error instanceof ApiError && error.status === 400) {
    const fields: Partial<Record<Field, string>> = {};
    for (const detail of error.details) if (detail.field === 'currentPassword' || detail.field === 'newPassword') fields[detail.field] ??= words(detail.field, detail.message);
    return { message: 'Check the highlighted fields and try again.', fields };
  }
  return { message: 'Something went wrong on our side. Please try again in a moment.', fields: {} };
}

/**
 * Shown instead of every page after signing in with a one-time password: the user sets a
 * password of their own (the one-time one works only for this) or signs out.
 */
export function SetPasswordPage() {
  const change = useChangePassword();
  const signOut = useSignOut();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirmation: '' });
  const [error, setError] = useState<{ message: string; fields: Partial<Record<Field, string>> } | null>(null);
  const ids = { currentPassword: useId(), newPassword: useId(), confirmation: useId() };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const fields: Partial<Record<Field, string>> = {};
    if (values.currentPassword === '') fields.currentPassword = 'Enter the one-time password you signed in with.';
    if (values.newPassword === '') fields.newPassword = 'Enter a new password.';
    else if (values.confirmation !== values.newPassword) fields.confirmation = 'The two new passwords differ.';
    if (Object.keys(fields).length > 0) {
      setError({ message: 'Check the highlighted fields and try again.', fields });
      return;
    }
    setError(null);
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onError: (cause) => setError(describe(cause)) });
  }

  const field = (name: Field, label: string, autoComplete: string) => {
    const message = error?.fields[name];
    return (
      <div className="field">
        <label htmlFor={ids[name]}>{label}</label>
        <input
          id={ids[name]}
          name={name}
          type="password"
          autoComplete={autoComplete}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          aria-invalid={message !== undefined}
          aria-describedby={message === undefined ? undefined : `${ids[name]}-error`}
          required
        />
        {message !== undefined && (
          <p id={`${ids[name]}-error`} className="field__error">
            {message}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="sign-in">
      <main id="main" className="sign-in__main">
        <section className="card sign-in__card" aria-labelledby="page-title">
          <PageHeader title="Choose your own password" description="You signed in with a one-time password. Set a password of your own to continue; the one-time password will not work again." />
          <form className="sign-in-form" onSubmit={handleSubmit} noValidate aria-busy={change.isPending}>
            {error !== null && (
              <div className="alert alert--error" role="alert">
                {error.message}
              </div>
            )}
            {field('currentPassword', 'One-time password', 'current-password')}
            {field('newPassword', 'New password (at least 12 characters; a phrase of unrelated words works well)', 'new-password')}
            {field('confirmation', 'New password again', 'new-password')}
            <button type="submit" className="button button--primary button--block" disabled={change.isPending}>
              {change.isPending ? 'Saving…' : 'Set password and continue'}
            </button>
            <button type="button" className="button button--block" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
              Sign out
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}
