import { type CurrentUser, ROUTES } from '@advising/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useLocation, useMatches } from 'react-router';
import { ErrorState, LoadingState } from '../components/StatusViews';
import { useCurrentUser } from '../features/auth/hooks/use-current-user';
import { SetPasswordPage } from '../features/auth/components/SetPasswordPage';
import type { SignInLocationState } from '../features/auth/components/SignInPage';
import { useApiClient, useSession } from '../lib/api-context';
import { AppLayout } from './AppLayout';
import { CurrentUserContext } from './current-user-context';
import type { RouteHandle } from './route-preload';

/** Route guard: no session, no page. Loads the user, then renders the layout around the page. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const me = useCurrentUser();
  usePreloadRoute(session.active, me.data);

  if (!session.active) {
    // After an explicit sign-out, start afresh; otherwise come back here after signing in.
    const state: SignInLocationState | undefined =
      session.endReason === 'signed-out' ? undefined : { from: location.pathname };
    return <Navigate to={ROUTES.signIn} replace state={state} />;
  }
  if (me.isPending) {
    return (
      <main id="main" className="full-page">
        <LoadingState label="Loading your workspace…" />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="full-page">
        <ErrorState title="We could not load your account" error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  // Signed in with a one-time password: nothing else until the user has a password of their own.
  if (me.data.passwordChangeRequired === true) return <SetPasswordPage />;
  return (
    <CurrentUserContext.Provider value={me.data}>
      <AppLayout user={me.data} />
    </CurrentUserContext.Provider>
  );
}

/**
 * Starts the entered page's chunk alongside GET /auth/me, and its first requests as soon as the
 * user is known, instead of one after the other once the page has rendered.
 */
function usePreloadRoute(active: boolean, user: CurrentUser | undefined) {
  const matches = useMatches();
  const queryClient = useQueryClient();
  const client = useApiClient();
  useEffect(() => {
    if (!active) return;
    for (const match of matches) (match.handle as RouteHandle | undefined)?.load?.();
  }, [active, matches]);
  useEffect(() => {
    if (!active || user === undefined) return;
    for (const match of matches) (match.handle as RouteHandle | undefined)?.requests?.({ queryClient, client, params: match.params, user });
  }, [active, user, matches, queryClient, client]);
}
