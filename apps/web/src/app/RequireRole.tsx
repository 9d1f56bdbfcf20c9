import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useSignedInUser } from './current-user-context';
import { canVisit, landingPath } from './navigation';

/** Shows the page only to the roles whose navigation leads to it. */
export function RequireRole({ path, children }: { path: string; children: ReactNode }) {
  const user = useSignedInUser();
  if (canVisit(user.role, path)) return children;
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title="Not available" description="This page is not part of your role's workspace." />
      <p>
        <Link to={landingPath(user.role)}>Go to your start page</Link>
      </p>
    </section>
  );
}
