import type { CurrentUser } from '@advising/contracts';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { canVisit, landingPath } from '../../../app/navigation';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/api-context';
import { useSignIn } from '../hooks/use-sign-in';
import { SignInForm } from './SignInForm';

/** Router state the guard leaves when it sends a visitor here. */
export interface SignInLocationState {
  from?: string;
}

export function SignInPage() {
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as SignInLocationState | null)?.from;

  // Already signed in (a reload, the back button): nothing to do here.
  if (session.active && signIn.isIdle) return <Navigate to="/" replace />;

  function handleSignedIn(user: CurrentUser) {
    const destination = from !== undefined && canVisit(user.role, from) ? from : landingPath(user.role);
    void navigate(destination, { replace: true });
  }

  return (
    <div className="sign-in">
      <header className="sign-in__brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Match Compass</span>
      </header>
      <main id="main" className="sign-in__main">
        <section className="card sign-in__card" aria-labelledby="page-title">
          <PageHeader
            title="Sign in"
            description="Residency application advising for your school's students, advisors and faculty."
            focusOnMount={false}
          />
          {session.endReason === 'expired' && (
            <p className="alert alert--info" role="status">
              Your session has ended. Please sign in again.
            </p>
          )}
          {session.endReason === 'signed-out' && (
            <p className="alert alert--info" role="status">
              You have signed out.
            </p>
          )}
          <SignInForm signIn={signIn} onSignedIn={handleSignedIn} />
        </section>
      </main>
    </div>
  );
}
