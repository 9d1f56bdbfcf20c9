import type { CohortView } from '@advising/contracts';
import { ROUTES, routePath } from '@advising/contracts';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useCohort } from '../hooks/use-cohorts';
import '../cohorts.css';

export type CohortSection = 'dashboard' | 'letters' | 'rotations';

const SECTIONS: { id: CohortSection; label: string; route: string }[] = [
  { id: 'dashboard', label: 'Dashboard', route: ROUTES.cohort },
  { id: 'letters', label: 'Letter board', route: ROUTES.cohortLetters },
  { id: 'rotations', label: 'Rotation outcomes', route: ROUTES.cohortRotations },
];

/** Links between a cohort's dashboard and its boards. */
export function CohortNav({ cohortId }: { cohortId: string }) {
  return (
    <nav className="cohort-nav" aria-label="Cohort sections">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <NavLink end to={routePath(s.route, { cohortId })} className={({ isActive }) => `cohort-nav__link${isActive ? ' is-active' : ''}`}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every cohort-level page: loads the cohort (for its name), then shows the heading,
 * the way back to the cohort list and the links between the cohort's sections.
 */
export function CohortFrame({
  cohortId,
  section,
  description,
  children,
}: {
  cohortId: string;
  section: CohortSection;
  description?: ReactNode;
  children: (cohort: CohortView) => ReactNode;
}) {
  const { cohort, query } = useCohort(cohortId);
  const label = SECTIONS.find((s) => s.id === section)?.label ?? '';

  if (query.isPending) {
    return (
      <div className="cohort-loading">
        <LoadingState label="Loading cohort…" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <section className="page">
        <ErrorState title="The cohort could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  if (cohort === undefined) {
    return (
      <section className="page" aria-labelledby="page-title">
        <PageHeader title="Cohort not found" description="This cohort does not exist or is not one you can see." />
        <p>
          <Link to={ROUTES.cohorts}>Back to cohorts</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="page cohort-page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to={ROUTES.cohorts}>Cohorts</Link>
        <span aria-hidden="true"> / </span>
        <span>{cohort.name}</span>
      </p>
      <PageHeader title={section === 'dashboard' ? cohort.name : `${label}: ${cohort.name}`} description={description} />
      <CohortNav cohortId={cohortId} />
      {children(cohort)}
    </section>
  );
}
