import { type CurrentUser, ROLE_LABELS } from '@advising/contracts';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { ServiceStatusBanner } from '../components/ServiceStatusBanner';
import { LoadingState } from '../components/StatusViews';
import { useSignOut } from '../features/auth/hooks/use-sign-out';
import { MainNav } from './MainNav';
import { landingPath } from './navigation';

export function AppLayout({ user }: { user: CurrentUser }) {
  const signOut = useSignOut();

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={landingPath(user.role)} className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">Match Compass</span>
          </Link>
          <MainNav role={user.role} />
          <div className="user-menu">
            <div className="user-menu__identity" data-testid="current-user">
              <span className="user-menu__name">{user.displayName}</span>
              <span className="user-menu__meta">
                <span data-testid="current-user-role">{ROLE_LABELS[user.role]}</span>
                <span aria-hidden="true"> · </span>
                <span data-testid="current-user-institution">{user.institution.name}</span>
              </span>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
        </div>
      </header>
      <ServiceStatusBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>Match Compass · {user.institution.name}</p>
      </footer>
    </div>
  );
}
