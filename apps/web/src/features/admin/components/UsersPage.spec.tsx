import { type CohortView, ROUTES, type UserView } from '@advising/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { FakeAdminApi } from '../test-api';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const person = (id: string, displayName: string, patch: Partial<UserView> = {}): UserView => ({
  id,
  email: `${id}@demo-med.edu`,
  displayName,
  role: 'ADVISOR',
  active: true,
  createdAt: '2026-01-10T09:00:00.000Z',
  version: 1,
  ...patch,
});

const COHORT: CohortView = { id: 'c1', name: 'Match 2027', matchYear: 2027, advisors: [], studentCount: 0, needsAttention: 0, version: 1 };

function adminAt(path: string, users: UserView[] = [person('u1', 'Dana Reyes')]) {
  const api = new FakeAdminApi();
  const { refreshToken } = api.auth.issue('ADMIN');
  api.on('GET', '/admin/users', () => json(200, { items: users, nextCursor: null, total: users.length }));
  api.on('GET', '/cohorts', () => json(200, [COHORT]));
  const view = renderApp({ fetch: api.fetch, path, refreshToken });
  return { api, ...view };
}

describe('admin users', { timeout: 20_000 }, () => {
  it('reads the filters from the URL and writes them back when applied', async () => {
    const user = userEvent.setup();
    const { api, router } = adminAt(`${ROUTES.users}?role=MENTOR&active=true`);

    await screen.findByRole('row', { name: /Dana Reyes/ });
    expect(api.callsTo('GET', '/admin/users')[0].query.get('role')).toBe('MENTOR');
    expect(api.callsTo('GET', '/admin/users')[0].query.get('active')).toBe('true');
    expect(screen.getByLabelText('Role')).toHaveValue('MENTOR');

    await user.type(screen.getByLabelText('Name or email'), 'dana');
    await user.selectOptions(screen.getByLabelText('Status'), 'false');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(router.state.location.search).toBe('?role=MENTOR&active=false&q=dana'));
    await waitFor(() => expect(api.callsTo('GET', '/admin/users').at(-1)?.query.get('q')).toBe('dana'));
  });

  it('validates the new user form beside each field, and asks a student for a profile', async () => {
    const user = userEvent.setup();
    const { api } = adminAt(ROUTES.users);
    await user.click(await screen.findByRole('button', { name: 'Add a user' }));
    const form = screen.getByRole('form', { name: 'Add a user' });

    await user.type(within(form).getByLabelText('Email'), 'not-an-email');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));

    expect(await within(form).findByText('Enter an email address like name@school.edu.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Email')).toHaveFocus();
    expect(within(form).getByText('Enter the name.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the applicant type.')).toBeInTheDocument();
    expect(within(form).getByText('Choose IR or DR.')).toBeInTheDocument();
    expect(within(form).getByText('Enter the graduation year.')).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Role'), 'MENTOR');
    expect(within(form).queryByLabelText('Applicant type')).not.toBeInTheDocument();
    await user.click(within(form).getByLabelText('Set a password now'));
    await user.type(within(form).getByLabelText('Password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));
    expect(await within(form).findByText('Use 12 to 256 characters.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/admin/users')).toHaveLength(0);
  });

  it('creates a student with a one-time password and shows it once', async () => {
    const user = userEvent.setup();
    const { api } = adminAt(ROUTES.users);
    api.on('POST', '/admin/users', (call) => {
      const body = call.body as { email: string; displayName: string };
      return json(201, { ...person('u9', body.displayName, { email: body.email, role: 'STUDENT' }), oneTimePassword: 'one-time-XYZ' });
    });
    await user.click(await screen.findByRole('button', { name: 'Add a user' }));
    const form = screen.getByRole('form', { name: 'Add a user' });

    await user.type(within(form).getByLabelText('Email'), ' Ana@School.edu ');
    await user.type(within(form).getByLabelText('Full name'), 'Ana Lima');
    await user.selectOptions(within(form).getByLabelText('Applicant type'), 'US_MD');
    await user.selectOptions(within(form).getByLabelText('Applying in'), 'IR');
    await user.type(within(form).getByLabelText('Graduation year'), '2027');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Match 2027' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByLabelText('Cohort (optional)'), 'c1');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));

    const notice = await screen.findByTestId('one-time-password');
    expect(within(notice).getByLabelText('One-time password')).toHaveValue('one-time-XYZ');
    expect(notice).toHaveTextContent('Shown once');
    expect(api.callsTo('POST', '/admin/users')[0].body).toEqual({
      email: 'Ana@School.edu',
      displayName: 'Ana Lima',
      role: 'STUDENT',
      profile: { applicantType: 'US_MD', target: 'IR', graduationYear: 2027, cohortId: 'c1' },
    });

    await user.click(within(notice).getByRole('button', { name: 'I have copied it, close' }));
    expect(screen.queryByTestId('one-time-password')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('one-time-XYZ')).not.toBeInTheDocument();
  });

  it('puts the server’s answers beside the fields: e-mail in use (409) and profile errors', async () => {
    const user = userEvent.setup();
    const { api } = adminAt(ROUTES.users);
    api.on('POST', '/admin/users', () =>
      json(409, {
        statusCode: 409,
        error: 'Conflict',
        code: 'CONFLICT',
        message: 'This e-mail address is already in use.',
        details: [{ field: 'email', message: 'This e-mail address is already in use.' }],
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Add a user' }));
    const form = screen.getByRole('form', { name: 'Add a user' });
    await user.selectOptions(within(form).getByLabelText('Role'), 'ADVISOR');
    await user.type(within(form).getByLabelText('Email'), 'dana@demo-med.edu');
    await user.type(within(form).getByLabelText('Full name'), 'Dana Again');
    await user.click(within(form).getByRole('button', { name: 'Create user' }));

    const email = within(form).getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('This e-mail address is already in use.');
    expect(email).toHaveValue('dana@demo-med.edu');
    expect(within(form).getByLabelText('Full name')).toHaveValue('Dana Again');
  });

  it('changes a role and deactivates after confirmation, sending the version seen', async () => {
    const user = userEvent.setup();
    const { api } = adminAt(ROUTES.users, [person('u1', 'Dana Reyes', { version: 4 })]);
    api.on('PATCH', '/admin/users/u1', (call) => json(200, { ...person('u1', 'Dana Reyes', { version: 5 }), ...(call.body as object) }));

    await user.click(await screen.findByRole('button', { name: 'Change role of Dana Reyes' }));
    await user.selectOptions(screen.getByLabelText('New role'), 'MENTOR');
    expect(screen.getByText('Dana Reyes will be signed out everywhere.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save role' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/users/u1')[0]?.body).toEqual({ version: 4, role: 'MENTOR' }));

    await user.click(await screen.findByRole('button', { name: 'Deactivate Dana Reyes' }));
    expect(screen.getByText(/Deactivate Dana Reyes\? They are signed out at once/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Deactivate' });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/users/u1')[1]?.body).toEqual({ version: 4, active: false }));
  });

  it('shows an empty state when no user matches', async () => {
    adminAt(`${ROUTES.users}?q=nobody`, []);
    expect(await screen.findByText('No users match these filters.')).toBeInTheDocument();
  });
});
