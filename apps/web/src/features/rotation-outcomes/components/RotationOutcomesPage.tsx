import { ROUTES, routePath } from '@advising/contracts';
import { type ReactNode, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { CohortFrame } from '../../cohorts/components/CohortFrame';
import { OUTCOME_LABELS } from '../../cohorts/labels';
import { useCohortRotations } from '../hooks/use-cohort-rotations';
import { OUTCOME_KEYS, type OutcomeCounts, tallyBySite, tallyByStudent, totals } from '../rotation-tallies';

export function RotationOutcomesPage() {
  const { cohortId = '' } = useParams();
  return (
    <CohortFrame cohortId={cohortId} section="rotations" description="Rotation outcomes of the cohort, by student and by site. Rotations not yet completed count as pending.">
      {(cohort) => <RotationOutcomes cohortId={cohort.id} />}
    </CohortFrame>
  );
}

function OutcomeCells({ counts }: { counts: OutcomeCounts }) {
  return (
    <>
      {OUTCOME_KEYS.map((k) => (
        <td key={k} className="num">
          {counts[k]}
        </td>
      ))}
      <td className="num">{counts.total}</td>
    </>
  );
}

function OutcomeHeaders() {
  return (
    <>
      {OUTCOME_KEYS.map((k) => (
        <th key={k} scope="col" className="num">
          {OUTCOME_LABELS[k]}
        </th>
      ))}
      <th scope="col" className="num">
        Total
      </th>
    </>
  );
}

/** A titled, scrollable table of outcome counts: the leading columns name the row, then one column per outcome. */
function OutcomeTable({ titleId, title, leadingHeaders, children }: { titleId: string; title: string; leadingHeaders: readonly string[]; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div className="table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              {leadingHeaders.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
              <OutcomeHeaders />
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

function RotationOutcomes({ cohortId }: { cohortId: string }) {
  const rotations = useCohortRotations(cohortId);
  const byStudent = useMemo(() => tallyByStudent(rotations.data ?? []), [rotations.data]);
  const bySite = useMemo(() => tallyBySite(rotations.data ?? []), [rotations.data]);
  const all = useMemo(() => totals(rotations.data ?? []), [rotations.data]);

  if (rotations.isPending) return <LoadingState label="Loading rotations…" />;
  if (rotations.isError) return <ErrorState title="The rotations could not be loaded" error={rotations.error} onRetry={() => void rotations.refetch()} />;
  if (rotations.data.length === 0) return <p className="card card--empty">No rotations have been logged for this cohort yet.</p>;

  return (
    <>
      <p className="outcome-totals">
        {all.total} rotations: {OUTCOME_KEYS.map((k) => `${all[k]} ${OUTCOME_LABELS[k].toLowerCase()}`).join(', ')}.
      </p>
      <OutcomeTable titleId="by-student-title" title="By student" leadingHeaders={['Student']}>
        {byStudent.map((t) => (
          <tr key={t.student.id}>
            <th scope="row">
              <Link to={routePath(ROUTES.student, { studentId: t.student.id })}>{t.student.displayName}</Link>
              {t.FAIL > 0 && <span className="badge badge--danger cell-badge">has a fail</span>}
            </th>
            <OutcomeCells counts={t} />
          </tr>
        ))}
      </OutcomeTable>
      <OutcomeTable titleId="by-site-title" title="By site" leadingHeaders={['Site', 'Setting']}>
        {bySite.map((t) => (
          <tr key={t.siteName}>
            <th scope="row">{t.siteName}</th>
            <td>{t.settings.join(', ')}</td>
            <OutcomeCells counts={t} />
          </tr>
        ))}
      </OutcomeTable>
    </>
  );
}
