import { ROUTES, routePath } from '@advising/contracts';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useSignedInUser } from '../../../app/current-user-context';
import { useCohorts } from '../hooks/use-cohorts';
import '../cohorts.css';

export function CohortsPage() {
  const user = useSignedInUser();
  const cohorts = useCohorts();
  const isAdmin = user.role === 'ADMIN';

  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeader
        title="Cohorts"
        description={
          isAdmin
            ? "Every cohort of your institution: open one to see its students' scores, letters, rotations and pathways."
            : "The cohorts you advise: open one to see its students' scores, letters, rotations and pathways, and who needs attention first."
        }
      />
      {cohorts.isPending ? (
        <LoadingState label="Loading cohorts…" />
      ) : cohorts.isError ? (
        <ErrorState error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : cohorts.data.length === 0 ? (
        <div className="card card--empty">
          <p>{isAdmin ? 'Your institution has no cohorts yet.' : 'You do not advise any cohort yet. An administrator assigns advisors to cohorts.'}</p>
        </div>
      ) : (
        <div className="table-scroll" role="region" aria-label="Cohorts" tabIndex={0}>
          <table className="data-table cohorts-table">
            <caption className="visually-hidden">Cohorts with their advisors, student counts and how many students need attention</caption>
            <thead>
              <tr>
                <th scope="col">Cohort</th>
                <th scope="col">Match year</th>
                <th scope="col">Advisors</th>
                <th scope="col" className="num">
                  Students
                </th>
                <th scope="col" className="num">
                  Need attention
                </th>
              </tr>
            </thead>
            <tbody>
              {cohorts.data.map((cohort) => (
                <tr key={cohort.id}>
                  <th scope="row">
                    <Link to={routePath(ROUTES.cohort, { cohortId: cohort.id })}>{cohort.name}</Link>
                  </th>
                  <td>{cohort.matchYear}</td>
                  <td>{cohort.advisors.length ? cohort.advisors.map((a) => a.displayName).join(', ') : 'None assigned'}</td>
                  <td className="num">{cohort.studentCount}</td>
                  <td className="num">
                    {cohort.needsAttention > 0 ? (
                      <span className="attention-count">
                        {cohort.needsAttention}
                        <span className="visually-hidden"> students need attention</span>
                      </span>
                    ) : (
                      <span>
                        0<span className="visually-hidden"> students need attention</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
