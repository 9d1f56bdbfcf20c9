import { DEMO_ACCOUNTS, DEMO_PASSWORD, ERROR_CODES } from '@advising/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, deferred, FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

async function openSignIn(api: FakeAuthApi, path = '/sign-in') {
  const user = userEvent.setup();
  const view = renderApp({ fetch: api.fetch, path });
  const email = await screen.findByLabelText('Email');
  const password = screen.getByLabelText('Password');
  const submit = screen.getByRole('button', { name: 'Sign in' });
  return { ...view, user, email, password, submit };
}

describe('SignInPage', () => {
  it('has labelled fields, a heading and a submit button', async () => {
    const { email, password, submit } = await openSignIn(new FakeAuthApi());

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('type', 'password');
    expect(submit).toBeEnabled();
  });

  it('says clearly when the email or password is wrong, and keeps what was typed', async () => {
    const api = new FakeAuthApi();
    const { user, email, password, submit } = await openSignIn(api);

    await user.type(email, DEMO_ACCOUNTS.ADVISOR.email);
    await user.type(password, 'not-the-password');
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(email).toHaveValue(DEMO_ACCOUNTS.ADVISOR.email);
    expect(password).toHaveValue('not-the-password');
    expect(submit).toBeEnabled();
    expect(api.callsTo('/auth/login')[0].body).toEqual({ email: DEMO_ACCOUNTS.ADVISOR.email, password: 'not-the-password' });
  });

  it('disables the submit button while signing in', async () => {
    const api = new FakeAuthApi();
    const answer = deferred<Response>();
    api.overrides.set('/auth/login', () => answer.promise);
    const { user, email, password } = await openSignIn(api);

    await user.type(email, DEMO_ACCOUNTS.ADVISOR.email);
    await user.type(password, DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const pending = await screen.findByRole('button', { name: 'Signing in…' });
    expect(pending).toBeDisabled();
    await user.click(pending);
    expect(api.callsTo('/auth/login')).toHaveLength(1);

    answer.resolve(apiError(401, 'Email or password is incorrect.', ERROR_CODES.AUTH_INVALID_CREDENTIALS));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('explains throttling, with the wait when the server gives one', async () => {
    const api = new FakeAuthApi();
    api.overrides.set('/auth/login', () =>
      json(429, { statusCode: 429, error: 'Too Many Requests', message: 'x', code: ERROR_CODES.AUTH_THROTTLED }, { 'Retry-After': '300' }),
    );
    const { user, email, password, submit } = await openSignIn(api);

    await user.type(email, DEMO_ACCOUNTS.ADVISOR.email);
    await user.type(password, 'whatever-it-is');
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 5 minutes.');
  });

  it('says when the server cannot be reached', async () => {
    const api = new FakeAuthApi();
    api.overrides.set('/auth/login', () => Promise.reject(new TypeError('Failed to fetch')));
    const { user, email, password, submit } = await openSignIn(api);

    await user.type(email, DEMO_ACCOUNTS.ADVISOR.email);
    await user.type(password, DEMO_PASSWORD);
    await user.click(submit);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server.');
    expect(password).toHaveValue(DEMO_PASSWORD);
  });

  it('shows field errors from the server next to their field', async () => {
    const api = new FakeAuthApi();
    api.overrides.set('/auth/login', () =>
      apiError(400, 'Validation failed', ERROR_CODES.VALIDATION_FAILED, [{ field: 'email', message: 'email must be an email' }]),
    );
    const { user, email, password, submit } = await openSignIn(api);

    await user.type(email, 'not-an-address');
    await user.type(password, DEMO_PASSWORD);
    await user.click(submit);

    expect(await screen.findByText('Email must be an email.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Email must be an email.');
    expect(password).toHaveAttribute('aria-invalid', 'false');
    expect(email).toHaveFocus();
    expect(email).toHaveValue('not-an-address');
  });

  it('asks for missing fields without calling the server', async () => {
    const api = new FakeAuthApi();
    const { user, email, password, submit } = await openSignIn(api);

    await user.click(submit);

    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(api.callsTo('/auth/login')).toHaveLength(0);
  });

  it("signs in and lands on the role's first page", async () => {
    const api = new FakeAuthApi();
    const { user, email, password, submit, router } = await openSignIn(api);

    await user.type(email, DEMO_ACCOUNTS.MENTOR.email);
    await user.type(password, DEMO_PASSWORD);
    await user.click(submit);

    expect(await screen.findByRole('heading', { level: 1, name: 'Letter requests' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/letter-requests');
    expect(screen.getByTestId('current-user')).toHaveTextContent(DEMO_ACCOUNTS.MENTOR.displayName);
  });

  it('returns to the page the visitor asked for when their role may see it', async () => {
    const api = new FakeAuthApi();
    const { user, router } = await openSignIn(api, '/admin/cohorts');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    await user.type(screen.getByLabelText('Email'), DEMO_ACCOUNTS.ADMIN.email);
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Cohorts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/cohorts');
  });
});
