import type { CurrentUser } from '@advising/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { useSignIn } from '../hooks/use-sign-in';
import { describeSignInError, SIGN_IN_MESSAGES, type SignInErrorView, type SignInField } from '../sign-in-errors';

export interface SignInFormProps {
  /** The sign-in mutation, owned by the page so it outlives a re-render of the form. */
  signIn: ReturnType<typeof useSignIn>;
  onSignedIn: (user: CurrentUser) => void;
}

export function SignInForm({ signIn, onSignedIn }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<SignInErrorView | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), password: useId(), summary: useId() };

  // After a failed attempt, take the user to what needs fixing.
  useEffect(() => {
    if (error === null) return;
    if (error.fieldErrors.email !== undefined) emailRef.current?.focus();
    else if (error.fieldErrors.password !== undefined) passwordRef.current?.focus();
    else summaryRef.current?.focus();
  }, [error]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;

    const missing: SignInErrorView['fieldErrors'] = {};
    if (email.trim() === '') missing.email = SIGN_IN_MESSAGES.emailRequired;
    if (password === '') missing.password = SIGN_IN_MESSAGES.passwordRequired;
    if (Object.keys(missing).length > 0) {
      setError({ message: SIGN_IN_MESSAGES.invalidFields, fieldErrors: missing });
      return;
    }

    setError(null);
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: onSignedIn, onError: (cause) => setError(describeSignInError(cause)) },
    );
  }

  const fieldError = (field: SignInField): string | undefined => error?.fieldErrors[field];
  const describedBy = (field: SignInField): string | undefined =>
    fieldError(field) === undefined ? undefined : `${ids[field]}-error`;

  return (
    <form className="sign-in-form" onSubmit={handleSubmit} noValidate aria-busy={signIn.isPending}>
      {error !== null && (
        <div
          ref={summaryRef}
          id={ids.summary}
          className="alert alert--error"
          role="alert"
          tabIndex={-1}
          data-testid="sign-in-error"
        >
          {error.message}
        </div>
      )}

      <div className="field">
        <label htmlFor={ids.email}>Email</label>
        <input
          ref={emailRef}
          id={ids.email}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldError('email') !== undefined}
          aria-describedby={describedBy('email')}
          required
        />
        {fieldError('email') !== undefined && (
          <p id={`${ids.email}-error`} className="field__error">
            {fieldError('email')}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={ids.password}>Password</label>
        <input
          ref={passwordRef}
          id={ids.password}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={fieldError('password') !== undefined}
          aria-describedby={describedBy('password')}
          required
        />
        {fieldError('password') !== undefined && (
          <p id={`${ids.password}-error`} className="field__error">
            {fieldError('password')}
          </p>
        )}
      </div>

      <button type="submit" className="button button--primary button--block" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
