import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../app/providers';
import { routes } from '../app/routes';
import { ApiClient } from '../lib/api-client';
import { SessionStore } from '../lib/session-store';

export interface RenderAppOptions {
  fetch: typeof fetch;
  path?: string;
  /** A refresh token already in storage, as after a reload. */
  refreshToken?: string;
}

/** Render the whole app (real routes, providers and client) at `path`, against a fake fetch. */
export function renderApp({ fetch, path = '/', refreshToken }: RenderAppOptions) {
  if (refreshToken !== undefined) window.sessionStorage.setItem('match-compass.refresh-token', refreshToken);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const client = new ApiClient({
    session: new SessionStore(window.sessionStorage),
    fetch,
    onSessionExpired: () => queryClient.clear(),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders apiClient={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, client, router, queryClient };
}
