import { ROUTES } from '@advising/contracts';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/StatusViews';
import { useCurrentUser } from '../features/auth/hooks/use-current-user';
import type { SignInLocationState } from '../features/auth/components/SignInPage';
import { useSession } from '../lib/api-context';
import { AppLayout } from './AppLayout';
import { CurrentUserContext } from './current-user-context';

/** Route guard: no session, no page. Loads the user, then renders the layout around the page. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const me = useCurrentUser();

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
  return (
    <CurrentUserContext.Provider value={me.data}>
      <AppLayout user={me.data} />
    </CurrentUserContext.Provider>
  );
}
