import { BULK_JOB_STATUS_LABELS, BULK_TRIGGER_LABELS, type BulkJobView } from '@advising/contracts';
import { format, parseISO } from 'date-fns';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import '../admin.css';
import { describeFormError } from '../form-errors';
import { useJobs, useRetryJob, useStartRecompute } from '../hooks/use-admin';

const when = (iso: string): string => format(parseISO(iso), 'd MMM yyyy, HH:mm');

/** Progress in words and as a bar: "120 of 200 students". */
function JobProgress({ job }: { job: BulkJobView }) {
  const total = Math.max(job.total, job.done);
  const percent = total === 0 ? (job.status === 'DONE' ? 100 : 0) : Math.round((job.done / total) * 100);
  const label = `${job.done} of ${total} students`;
  return (
    <div className="job-progress">
      <progress max={100} value={percent} aria-label={`Progress: ${label}`} />
      <span>{label}</span>
    </div>
  );
}

/** The institution's bulk recomputations: what ran, how far it got, and a retry for failures. */
export function JobsPage() {
  const jobs = useJobs();
  const start = useStartRecompute();
  const retry = useRetryJob();
  const startError = start.isError ? describeFormError(start.error).message : null;
  const retryError = retry.isError ? describeFormError(retry.error).message : null;

  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <PageHeader
        title="Jobs"
        description="Every night, and after the advising rules change, each student's recommendation is brought up to date in the background. Follow those runs here."
      />
      <div className="admin-form__actions">
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Update every recommendation now'}
        </button>
        {startError && (
          <p role="alert" className="field__error">
            {startError}
          </p>
        )}
      </div>

      {jobs.isPending ? (
        <LoadingState label="Loading the jobs…" />
      ) : jobs.isError ? (
        <ErrorState title="The jobs could not be loaded" error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <p className="admin-hint">No job has run yet. The first daily update runs tonight.</p>
      ) : (
        <div className="admin-table-scroll">
        <table className="admin-table" data-testid="jobs-table">
          <caption className="visually-hidden">Recent jobs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Why</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Recommendations changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.map((job) => (
              <tr key={job.id} data-testid="job-row">
                <td>
                  {BULK_TRIGGER_LABELS[job.trigger]}
                  <span className="admin-hint"> · as of {format(parseISO(job.asOf), 'd MMM yyyy')}</span>
                </td>
                <td>{when(job.createdAt)}</td>
                <td>{BULK_JOB_STATUS_LABELS[job.status]}</td>
                <td>
                  <JobProgress job={job} />
                </td>
                <td>{job.status === 'DONE' || job.changed > 0 ? job.changed : '—'}</td>
                <td>
                  {job.status === 'FAILED' && (
                    <button type="button" className="button button--secondary" onClick={() => retry.mutate(job.id)} disabled={retry.isPending && retry.variables === job.id}>
                      Retry
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {retryError && (
        <p role="alert" className="field__error">
          {retryError}
        </p>
      )}
    </section>
  );
}
