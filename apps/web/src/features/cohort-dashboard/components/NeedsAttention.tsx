import { ATTENTION_SEVERITY_LABELS, type CohortSummary, type NeedsAttentionEntry, ROUTES, routePath } from '@advising/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDayInWords } from '../../student-record/labels';
import { useAcknowledgeAttention } from '../hooks/use-acknowledge-attention';
import { AcknowledgeForm } from './AcknowledgeForm';

const FIRST = 8;

/** Where focus goes next: a student's link or Acknowledge button, or the list's heading. */
type FocusRequest = { to: 'heading' } | { to: 'link' | 'button'; studentId: string };

/**
 * Who needs an advisor and why, most urgent first as the API orders them: each student with how
 * urgent (in words), then each item with what it is, why, what to do and its date. "Acknowledge"
 * takes a student off the list until a follow-up date, with a note.
 */
export function NeedsAttention({ cohortId, summary }: { cohortId: string; summary: CohortSummary }) {
  const entries = summary.needsAttention;
  const [showAll, setShowAll] = useState(false);
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const targets = useRef(new Map<string, HTMLElement>());
  const acknowledge = useAcknowledgeAttention(cohortId);

  // Set together with a state change (the form closing), so the render that follows moves focus once.
  const pendingFocus = useRef<FocusRequest | null>(null);

  useEffect(() => {
    const request = pendingFocus.current;
    if (request === null) return;
    pendingFocus.current = null;
    const target = request.to === 'heading' ? undefined : targets.current.get(`${request.to}:${request.studentId}`);
    (target ?? headingRef.current)?.focus();
  });

  const register = (key: string) => (element: HTMLElement | null) => {
    if (element === null) targets.current.delete(key);
    else targets.current.set(key, element);
  };

  const shown = showAll ? entries : entries.slice(0, FIRST);

  return (
    <section className="section" aria-labelledby="attention-title">
      <h2 id="attention-title" ref={headingRef} tabIndex={-1}>
        Needs attention ({entries.length})
      </h2>
      {summary.acknowledged > 0 && (
        <p className="attention-acknowledged">
          {summary.acknowledged} acknowledged, waiting for their follow-up date
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {entries.length === 0 ? (
        <p className="card card--empty">Nobody needs attention right now.</p>
      ) : (
        <>
          <ul className="attention-list" aria-label="Students who need attention">
            {shown.map((entry, index) => (
              <li key={entry.studentId} className={`attention-item attention-item--${entry.severity === 'CRITICAL' ? 'now' : 'soon'}`}>
                <div className="attention-item__head">
                  <Link ref={register(`link:${entry.studentId}`)} to={routePath(ROUTES.student, { studentId: entry.studentId })} className="attention-item__name">
                    {entry.displayName}
                  </Link>
                  <Severity severity={entry.severity} />
                </div>
                <ul className="attention-item__items">
                  {entry.items.map((item) => (
                    <li key={item.key} className="attention-point">
                      <p className="attention-point__title">
                        {item.title}
                        {item.severity !== entry.severity && <Severity severity={item.severity} />}
                      </p>
                      <p className="attention-point__detail">{item.detail}</p>
                      <p className="attention-point__action">
                        <span className="attention-point__label">What to do: </span>
                        {item.action}
                      </p>
                      {item.date !== null && (
                        <p className="attention-point__date">
                          <span className="attention-point__label">Date: </span>
                          <time dateTime={item.date}>{formatDayInWords(item.date)}</time>
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
                {openFor === entry.studentId ? (
                  <AcknowledgeForm
                    entry={entry}
                    save={(input) => acknowledge.mutateAsync({ studentId: entry.studentId, input })}
                    onSaved={(saved) => {
                      const next = nextStudent(entries, index);
                      setOpenFor(null);
                      setNotice(`${entry.displayName} was acknowledged and leaves the list until ${formatDayInWords(saved.followUpOn)}.`);
                      pendingFocus.current = next === null ? { to: 'heading' } : { to: 'link', studentId: next.studentId };
                    }}
                    onCancel={() => {
                      setOpenFor(null);
                      pendingFocus.current = { to: 'button', studentId: entry.studentId };
                    }}
                  />
                ) : (
                  <button
                    ref={register(`button:${entry.studentId}`)}
                    type="button"
                    className="button button--secondary attention-item__ack"
                    aria-label={`Acknowledge ${entry.displayName}`}
                    onClick={() => {
                      setNotice('');
                      setOpenFor(entry.studentId);
                    }}
                  >
                    Acknowledge
                  </button>
                )}
              </li>
            ))}
          </ul>
          {entries.length > FIRST && (
            <button type="button" className="button button--secondary" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? 'Show fewer' : `Show all ${entries.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Severity({ severity }: { severity: NeedsAttentionEntry['severity'] }) {
  return <span className={`severity severity--${severity === 'CRITICAL' ? 'now' : 'soon'}`}>{ATTENTION_SEVERITY_LABELS[severity]}</span>;
}

/** The student after `index` (who takes the acknowledged one's place), or null at the end. */
function nextStudent(entries: readonly NeedsAttentionEntry[], index: number): NeedsAttentionEntry | null {
  return entries[index + 1] ?? null;
}
