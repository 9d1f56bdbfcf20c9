import type { Target } from '@advising/strategy-rules';
import { lazy, Suspense, useMemo } from 'react';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useNearViewport } from '../../../lib/use-near-viewport';
import { useTimeline } from '../hooks/use-student-queries';
import { BAND_LABELS, formatDateTime, PATHWAY_LABELS } from '../labels';
import { buildTimeline, type TimelineModel } from '../timeline-model';

// The chart library is only fetched once there is a history to draw, and the chart is only drawn
// when it comes near the viewport: drawing it is the page's heaviest work, often far below the fold.
const TimelineChart = lazy(() => import('./TimelineChart').then((m) => ({ default: m.TimelineChart })));

export interface TimelineSectionProps {
  studentId: string;
  target: Target;
  audience: 'student' | 'staff';
}

/** How the recommendation changed over time and why: a step chart, its text alternative and the change list. */
export function TimelineSection({ studentId, target, audience }: TimelineSectionProps) {
  const timeline = useTimeline(studentId);
  const model = useMemo(() => (timeline.data === undefined ? null : buildTimeline(timeline.data, target)), [timeline.data, target]);

  return (
    <section className="card timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">{audience === 'student' ? 'How your plan changed' : 'Recommendation timeline'}</h2>
      {timeline.isPending ? (
        <LoadingState label="Loading the history…" />
      ) : timeline.isError ? (
        <ErrorState title="The history could not be loaded" error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : model === null || model.events.length === 0 ? (
        <p className="muted">There is no recommendation history yet. It starts when the first facts are recorded.</p>
      ) : (
        <TimelineBody model={model} target={target} />
      )}
    </section>
  );
}

export function TimelineBody({ model, target }: { model: TimelineModel; target: Target }) {
  const [canvas, near] = useNearViewport<HTMLDivElement>();
  return (
    <>
      <figure className="timeline__figure">
        {/* At the chart's final height from the start, so nothing moves when it is drawn. */}
        <div ref={canvas} className="timeline__canvas">
          {near && (
            <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
              <TimelineChart points={model.points} target={target} />
            </Suspense>
          )}
        </div>
        <figcaption className="timeline__summary" data-testid="timeline-summary">
          {model.summary}
        </figcaption>
      </figure>

      <details className="timeline__table">
        <summary>The chart as a table</summary>
        <div className="table-scroll" role="region" aria-label="The chart as a table" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Pathway and score band after each change, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What happened</th>
                <th scope="col">Recommended pathway</th>
                <th scope="col">{target} score band</th>
                <th scope="col">Advisor’s pathway</th>
              </tr>
            </thead>
            <tbody>
              {model.points.map((point) => (
                <tr key={point.key}>
                  <td>{formatDateTime(point.at)}</td>
                  <td>{point.marker ?? '—'}</td>
                  <td>{PATHWAY_LABELS[point.pathway]}</td>
                  <td>{BAND_LABELS[point.band]}</td>
                  <td>{point.overridePathway === null ? '—' : PATHWAY_LABELS[point.overridePathway]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <h3 className="timeline__list-title">Changes, newest first</h3>
      <ol className="timeline__events" data-testid="timeline-events">
        {model.events.map((event) => (
          <li key={event.key} className={`timeline-event timeline-event--${event.kind.toLowerCase()}`}>
            <div className="timeline-event__head">
              <span className="timeline-event__title">{event.title}</span>
              {event.direction !== null && (
                <span className={`change-direction change-direction--${event.direction.toLowerCase()}`}>
                  <span aria-hidden="true">{event.direction === 'UPGRADE' ? '▲ ' : '▼ '}</span>
                  {event.direction === 'UPGRADE' ? 'Upgrade' : 'Downgrade'}
                </span>
              )}
            </div>
            <p className="timeline-event__meta">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {event.who}
              {event.kind === 'RECOMPUTED' && event.pathway !== null && <> · pathway: {PATHWAY_LABELS[event.pathway]}</>}
            </p>
            {event.reason !== null && <p className="timeline-event__reason">“{event.reason}”</p>}
            {event.changes.length > 0 ? (
              <ul className="timeline-event__changes">
                {event.changes.map((change, index) => (
                  <li key={`${change.code}-${index}`}>{change.message}</li>
                ))}
              </ul>
            ) : (
              event.kind === 'RECOMPUTED' && <p className="muted">First recommendation.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
