import { DEMO_ACCOUNTS, ROLE_LABELS, type Role } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../lib/query-keys';
import { apiError, FakeAuthApi } from '../test/fake-api';
import { renderApp } from '../test/render-app';

/** What each role must see, written out here so a change to the shared table is caught. */
const EXPECTED_NAV: Record<Role, { labels: string[]; landing: string; pageTitle: string }> = {
  ADVISOR: { labels: ['Cohorts', 'Rule catalogue', 'Sources'], landing: '/cohorts', pageTitle: 'Cohorts' },
  STUDENT: { labels: ['My plan', 'Sources'], landing: '/my-plan', pageTitle: 'My plan' },
  MENTOR: { labels: ['Letter requests', 'Sources'], landing: '/letter-requests', pageTitle: 'Letter requests' },
  ADMIN: { labels: ['Users', 'Cohorts', 'Audit log', 'Jobs', 'Rule catalogue', 'Sources'], landing: '/admin/users', pageTitle: 'Users' },
};

function signedIn(role: Role, path = '/') {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue(role);
  const view = renderApp({ fetch: api.fetch, path, refreshToken });
  return { api, ...view };
}

describe('application layout', () => {
  it.each(Object.entries(EXPECTED_NAV) as [Role, (typeof EXPECTED_NAV)[Role]][])(
    'shows %s its own navigation and lands on its first page',
    async (role, expected) => {
      const { router } = signedIn(role);

      const nav = await screen.findByRole('navigation', { name: 'Main' });
      const links = within(nav).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual(expected.labels);
      await waitFor(() => expect(router.state.location.pathname).toBe(expected.landing));
      await waitFor(() =>
        expect(within(nav).getByRole('link', { name: expected.labels[0] })).toHaveAttribute('aria-current', 'page'),
      );
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(expected.pageTitle);

      const banner = screen.getByRole('banner');
      expect(banner).toHaveTextContent('Match Compass');
      expect(banner).toHaveTextContent(DEMO_ACCOUNTS[role].displayName);
      expect(banner).toHaveTextContent(ROLE_LABELS[role]);
      expect(banner).toHaveTextContent('Demo School of Medicine');
      expect(screen.getByRole('main')).toBeInTheDocument();
    },
  );

  it('shows loading while the account is fetched', async () => {
    signedIn('ADVISOR');

    expect(screen.getByRole('status')).toHaveTextContent('Loading your workspace');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('offers a retry when the account cannot be loaded', async () => {
    const user = userEvent.setup();
    const api = new FakeAuthApi();
    const { refreshToken } = api.issue('ADVISOR');
    let failures = 1;
    api.overrides.set('/auth/me', (call) => {
      if (failures-- > 0) return apiError(503, 'Service unavailable');
      api.overrides.delete('/auth/me');
      return api.fetch(`/api${call.path}`, { headers: { Authorization: call.authorization ?? '' } });
    });
    renderApp({ fetch: api.fetch, refreshToken });

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your account');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('sends a visitor without a session to sign-in', async () => {
    const api = new FakeAuthApi();
    const { router } = renderApp({ fetch: api.fetch, path: '/cohorts' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(api.calls).toHaveLength(0);
  });

  it("keeps a role out of another role's pages", async () => {
    signedIn('STUDENT', '/cohorts');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not available' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Cohorts' })).not.toBeInTheDocument();
  });

  it('signs out: revokes the session on the server and returns to sign-in', async () => {
    const user = userEvent.setup();
    const { api, router, client } = signedIn('ADVISOR');
    await screen.findByRole('navigation', { name: 'Main' });
    const refreshToken = client.session.getRefreshToken();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    const logout = api.callsTo('/auth/logout');
    expect(logout).toHaveLength(1);
    expect(logout[0].body).toEqual({ refreshToken });
    expect(logout[0].authorization).toMatch(/^Bearer /);
    expect(window.sessionStorage.length).toBe(0);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('returns to sign-in with an explanation when the session cannot be renewed', async () => {
    const { api, router, queryClient } = signedIn('MENTOR');
    expect(await screen.findByRole('heading', { level: 1, name: 'Letter requests' })).toBeInTheDocument();

    api.expireAccessTokens();
    api.revokeRefreshTokens();
    // Any request now meets a 401 that no refresh can cure.
    await queryClient.invalidateQueries({ queryKey: queryKeys.auth.me() });

    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.state).toEqual({ from: '/letter-requests' });
    expect(window.sessionStorage.length).toBe(0);
  });
});
