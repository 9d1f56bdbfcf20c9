import type { CohortSummary, CohortView, StudentListItem } from '@advising/contracts';
import { useDeferredValue, useMemo } from 'react';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { CohortFrame } from '../../cohorts/components/CohortFrame';
import { CohortCharts } from './CohortCharts';
import { useCohortStudents } from '../hooks/use-cohort-students';
import { useCohortSummary } from '../hooks/use-cohort-summary';
import { useExportCsv } from '../hooks/use-export-csv';
import { useStudentView } from '../hooks/use-student-view';
import { filterStudents, hasFilters } from '../student-filters';
import { NeedsAttention } from './NeedsAttention';
import { StudentFilters } from './StudentFilters';
import { StudentTable } from './StudentTable';
import { SummaryTiles } from './SummaryTiles';
import '../cohort-dashboard.css';

const NO_FLAGS: string[] = [];

export function CohortDashboardPage() {
  const { cohortId = '' } = useParams();
  // Start the dashboard's requests now, alongside the cohort list the frame waits for.
  useCohortSummary(cohortId);
  useCohortStudents(cohortId);
  return (
    <CohortFrame cohortId={cohortId} section="dashboard" description="Scores, letters, rotations and recommended pathways of every student, and who needs attention first.">
      {(cohort) => <Dashboard cohort={cohort} />}
    </CohortFrame>
  );
}

function Dashboard({ cohort }: { cohort: CohortView }) {
  const summary = useCohortSummary(cohort.id);
  const students = useCohortStudents(cohort.id);

  // One loading state until the summary and the first students are in: the page then appears
  // whole instead of growing piece by piece under the reader's eyes. That first render is the
  // page's biggest piece of work, so React does it as a background render, in slices that leave
  // the page responsive, and shows it when it is complete.
  const loaded = !summary.isPending && !students.query.isPending;
  const show = useDeferredValue(loaded, false);
  if (!loaded || !show) {
    return (
      <div className="cohort-loading">
        <LoadingState label="Loading the cohort…" />
      </div>
    );
  }

  return (
    <>
      <section className="section" aria-labelledby="overview-title">
        <h2 id="overview-title" className="visually-hidden">
          Overview
        </h2>
        {summary.isError ? (
          <ErrorState title="The summary could not be loaded" error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <SummaryTiles summary={summary.data} students={students.students} studentsComplete={students.complete} />
        )}
      </section>

      {summary.isSuccess && <NeedsAttention cohortId={cohort.id} summary={summary.data} />}

      <StudentsSection cohort={cohort} summary={summary.data} students={students} />

      {summary.isSuccess && (
        <section className="section" aria-labelledby="charts-title">
          <h2 id="charts-title">Cohort in charts</h2>
          {summary.data.students === 0 ? (
            <p className="card card--empty">No students in this cohort yet, so nothing to chart.</p>
          ) : (
            <CohortCharts summary={summary.data} />
          )}
        </section>
      )}
    </>
  );
}

function StudentsSection({ cohort, summary, students }: { cohort: CohortView; summary: CohortSummary | undefined; students: ReturnType<typeof useCohortStudents> }) {
  const [view, setView] = useStudentView();
  const visible = useMemo(() => filterStudents(students.students, view), [students.students, view]);
  const flagCodes = useMemo(() => (summary ? Object.keys(summary.byFlag) : NO_FLAGS), [summary]);
  const exportCsv = useExportCsv(cohort.id, `${cohort.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'cohort'}-students.csv`);
  const loaded = students.students.length;
  const caption = `Students of ${cohort.name}: showing ${visible.length} of ${loaded}${students.complete ? '' : ` (loading ${students.total})`}`;

  return (
    <section className="section" aria-labelledby="students-title">
      <div className="section-head">
        <h2 id="students-title">Students</h2>
        <button type="button" className="button button--secondary" onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending}>
          {exportCsv.isPending ? 'Preparing CSV…' : 'Export CSV'}
        </button>
      </div>
      {exportCsv.isError && (
        <p className="alert alert--error" role="alert">
          The CSV could not be downloaded. Please try again.
        </p>
      )}
      <StudentFilters view={view} onChange={setView} flagCodes={flagCodes} />
      {students.query.isPending ? (
        <LoadingState label="Loading students…" />
      ) : students.query.isError && loaded === 0 ? (
        <ErrorState title="The students could not be loaded" error={students.query.error} onRetry={() => void students.query.refetch()} />
      ) : (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {hasFilters(view) ? `${visible.length} of ${loaded} students match` : `${loaded} students`}
            {!students.complete && !students.query.isError && ` · loading the rest of ${students.total}…`}
          </p>
          {students.query.isError && (
            <p className="alert alert--error" role="alert">
              Some students could not be loaded.{' '}
              <button type="button" className="button button--secondary" onClick={() => void students.query.fetchNextPage()}>
                Try again
              </button>
            </p>
          )}
          {visible.length === 0 ? (
            <p className="card card--empty">{loaded === 0 ? 'No students in this cohort yet.' : 'No student matches these filters.'}</p>
          ) : (
            <StudentTable students={visible as StudentListItem[]} sort={view.sort} onSort={(sort) => setView({ sort })} caption={caption} />
          )}
        </>
      )}
    </section>
  );
}
