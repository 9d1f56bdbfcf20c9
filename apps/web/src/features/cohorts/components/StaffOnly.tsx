import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSignedInUser } from '../../../app/current-user-context';
import { landingPath } from '../../../app/navigation';
import { PageHeader } from '../../../components/PageHeader';

/** Cohort screens are for advisors (the cohorts they advise) and admins (every cohort of the institution). */
export function StaffOnly({ children }: { children: ReactNode }) {
  const user = useSignedInUser();
  if (user.role === 'ADVISOR' || user.role === 'ADMIN') return children;
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader title="Not available" description="This page is not part of your role's workspace." />
      <p>
        <Link to={landingPath(user.role)}>Go to your start page</Link>
      </p>
    </section>
  );
}
