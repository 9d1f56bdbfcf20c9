import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './app/providers';
import { routes } from './app/routes';
import { ApiClient } from './lib/api-client';
import { browserSessionStorage, SessionStore } from './lib/session-store';
import './styles.css';

const queryClient = createQueryClient();
const apiClient = new ApiClient({
  session: new SessionStore(browserSessionStorage()),
  // The route guard sees the session end and shows sign-in; nothing of the last user stays cached.
  onSessionExpired: () => queryClient.clear(),
});
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppProviders apiClient={apiClient} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
