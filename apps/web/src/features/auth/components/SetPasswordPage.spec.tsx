import { ERROR_CODES } from '@advising/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, demoUser, FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

describe('SetPasswordPage', () => {
  it('after a one-time sign-in, asks for a password of the user’s own before anything else, in words', async () => {
    const api = new FakeAuthApi();
    let mustChange = true;
    api.overrides.set('/auth/me', () => json(200, { ...demoUser('MENTOR'), ...(mustChange ? { passwordChangeRequired: true } : {}) }));
    api.overrides.set('/auth/password', (call) => {
      const { newPassword } = call.body as { newPassword: string };
      if (newPassword === 'password1234') {
        return apiError(400, 'The request has invalid fields.', ERROR_CODES.VALIDATION_FAILED, [
          { field: 'newPassword', message: 'newPassword is too easy to guess (a common password, a name, a date or a pattern): use a longer phrase of unrelated words' },
        ]);
      }
      mustChange = false;
      return json(204, null);
    });
    api.overrides.set('/me/letter-requests', () => json(200, []));
    const user = userEvent.setup();
    renderApp({ fetch: api.fetch, path: '/', refreshToken: api.issue('MENTOR').refreshToken });

    expect(await screen.findByRole('heading', { name: 'Choose your own password' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('One-time password'), 'one-time-secret');
    await user.type(screen.getByLabelText(/^New password \(/), 'password1234');
    await user.type(screen.getByLabelText('New password again'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
    expect(await screen.findByText(/^The new password is too easy to guess/)).toBeInTheDocument();
    expect(screen.queryByText(/newPassword/)).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^New password \(/));
    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText(/^New password \(/), 'seven purple lanterns drifting east');
    await user.type(screen.getByLabelText('New password again'), 'seven purple lanterns drifting east');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Choose your own password' })).not.toBeInTheDocument());
    expect(api.callsTo('/auth/password')[1]?.body).toEqual({ currentPassword: 'one-time-secret', newPassword: 'seven purple lanterns drifting east' });
  });
});
