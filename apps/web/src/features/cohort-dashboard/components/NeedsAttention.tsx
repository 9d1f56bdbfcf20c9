import type { CohortSummary } from '@advising/contracts';
import { ROUTES, routePath } from '@advising/contracts';
import { useState } from 'react';
import { Link } from 'react-router';

const FIRST = 8;

/** Who needs attention and why: critical flags, letters at risk, recent downgrades. */
export function NeedsAttention({ items }: { items: CohortSummary['needsAttention'] }) {
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) {
    return <p className="card card--empty">No student needs attention right now.</p>;
  }
  const shown = showAll ? items : items.slice(0, FIRST);
  return (
    <>
      <ul className="attention-list">
        {shown.map((item) => (
          <li key={item.studentId} className="attention-item">
            <Link to={routePath(ROUTES.student, { studentId: item.studentId })} className="attention-item__name">
              {item.displayName}
            </Link>
            <ul className="attention-item__reasons">
              {item.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {items.length > FIRST && (
        <button type="button" className="button button--secondary" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </>
  );
}
