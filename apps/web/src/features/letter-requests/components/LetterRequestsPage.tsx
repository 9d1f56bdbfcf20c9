import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useMyLetterRequests } from '../hooks/use-letter-requests';
import { dueLabel, isOpen, sortQueue, todayIso } from '../letter-queue';
import '../letter-requests.css';
import { LetterRequestCard } from './LetterRequestCard';

export interface LetterRequestsPageProps {
  /** Today as `YYYY-MM-DD`; defaults to the real date (tests pass a fixed one). */
  today?: string;
}

export function LetterRequestsPage({ today: todayProp }: LetterRequestsPageProps = {}) {
  const today = todayProp ?? todayIso();
  const query = useMyLetterRequests();
  const [announcement, setAnnouncement] = useState('');

  const { open, finished, counts } = useMemo(() => {
    const sorted = sortQueue(query.data ?? [], today);
    const kinds = sorted.map((l) => dueLabel(l, today).kind);
    return {
      open: sorted.filter((l) => isOpen(l.status)),
      finished: sorted.filter((l) => !isOpen(l.status)),
      counts: {
        overdue: kinds.filter((k) => k === 'overdue').length,
        dueSoon: kinds.filter((k) => k === 'due-soon').length,
        awaiting: sorted.filter((l) => l.status === 'REQUESTED').length,
      },
    };
  }, [query.data, today]);

  const reload = () => void query.refetch();

  return (
    <section className="page letter-requests" aria-labelledby="page-title">
      <PageHeader
        title="Letter requests"
        description="Students who asked you for a letter of recommendation: commit with a due date or decline, and mark letters submitted. Overdue and due-soon letters come first."
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {query.isPending ? (
        <LoadingState label="Loading your letter requests…" />
      ) : query.isError ? (
        <ErrorState title="Your letter requests could not be loaded" error={query.error} onRetry={reload} />
      ) : query.data.length === 0 ? (
        <div className="card card--empty">
          <p>No letter requests yet.</p>
          <p>When a student asks you for a letter, the request appears here.</p>
        </div>
      ) : (
        <>
          <ul className="request-summary" aria-label="Summary">
            <li className={counts.overdue ? 'request-summary__item request-summary__item--overdue' : 'request-summary__item'}>
              <strong>{counts.overdue}</strong> overdue
            </li>
            <li className={counts.dueSoon ? 'request-summary__item request-summary__item--due-soon' : 'request-summary__item'}>
              <strong>{counts.dueSoon}</strong> due soon
            </li>
            <li className="request-summary__item">
              <strong>{counts.awaiting}</strong> awaiting your answer
            </li>
          </ul>

          <h2 className="letter-requests__section-title">Open requests ({open.length})</h2>
          {open.length === 0 ? (
            <p className="letter-requests__none">Nothing open: every request has been submitted or declined.</p>
          ) : (
            <ol className="request-list" aria-label="Open requests, most urgent first">
              {open.map((letter) => (
                <li key={letter.id}>
                  <LetterRequestCard letter={letter} today={today} onReload={reload} onDone={setAnnouncement} />
                </li>
              ))}
            </ol>
          )}

          {finished.length > 0 && (
            <>
              <h2 className="letter-requests__section-title">Submitted and declined ({finished.length})</h2>
              <ol className="request-list" aria-label="Submitted and declined, most recent first">
                {finished.map((letter) => (
                  <li key={letter.id}>
                    <LetterRequestCard letter={letter} today={today} onReload={reload} onDone={setAnnouncement} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
