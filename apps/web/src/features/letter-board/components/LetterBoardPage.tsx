import { LETTER_AT_RISK_DAYS, LETTER_STATUSES, type LetterView, type PersonRef, ROUTES, routePath } from '@advising/contracts';
import { format, parseISO } from 'date-fns';
import { useId, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { CohortFrame } from '../../cohorts/components/CohortFrame';
import { LETTER_STATUS_LABELS } from '../../cohorts/labels';
import { useCohortLetters } from '../hooks/use-cohort-letters';
import { byUrgency, EXTERNAL_WRITERS, letterTiming, matchesMentor } from '../letter-timing';
import '../letter-board.css';

export function LetterBoardPage() {
  const { cohortId = '' } = useParams();
  return (
    <CohortFrame
      cohortId={cohortId}
      section="letters"
      description={`Every letter of recommendation of the cohort by status. Overdue letters and letters due within ${LETTER_AT_RISK_DAYS} days are marked.`}
    >
      {(cohort) => <LetterBoard cohortId={cohort.id} />}
    </CohortFrame>
  );
}

const BADGE: Record<string, string> = { overdue: 'badge--danger', 'due-soon': 'badge--warning', 'on-track': 'badge--ok', 'no-date': 'badge--muted' };

function LetterBoard({ cohortId }: { cohortId: string }) {
  const letters = useCohortLetters(cohortId);
  const [params, setParams] = useSearchParams();
  const mentor = params.get('mentor');
  const [today] = useState(() => new Date());
  const id = useId();

  const mentors = useMemo(() => {
    const seen = new Map<string, PersonRef>();
    for (const l of letters.data ?? []) if (l.mentor !== null) seen.set(l.mentor.id, l.mentor);
    return [...seen.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [letters.data]);

  const visible = useMemo(() => (letters.data ?? []).filter((l) => matchesMentor(l, mentor)), [letters.data, mentor]);
  const columns = useMemo(() => {
    const sorted = [...visible].sort(byUrgency(today));
    return LETTER_STATUSES.map((status) => ({ status, letters: sorted.filter((l) => l.status === status) }));
  }, [visible, today]);
  const overdue = visible.filter((l) => letterTiming(l, today).kind === 'overdue').length;
  const dueSoon = visible.filter((l) => letterTiming(l, today).kind === 'due-soon').length;

  if (letters.isPending) return <LoadingState label="Loading letters…" />;
  if (letters.isError) return <ErrorState title="The letters could not be loaded" error={letters.error} onRetry={() => void letters.refetch()} />;
  if (letters.data.length === 0) return <p className="card card--empty">No student of this cohort has asked for a letter yet.</p>;

  const setMentor = (value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete('mentor');
        else next.set('mentor', value);
        return next;
      },
      { preventScrollReset: true },
    );
  };

  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${id}-mentor`}>Writer</label>
          <select id={`${id}-mentor`} value={mentor ?? ''} onChange={(e) => setMentor(e.target.value)}>
            <option value="">All writers</option>
            {mentors.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
            <option value={EXTERNAL_WRITERS}>Writers outside the institution</option>
          </select>
        </div>
        <p className="board-summary" role="status" aria-live="polite">
          {visible.length} letters · <strong>{overdue} overdue</strong> · <strong>{dueSoon} due within {LETTER_AT_RISK_DAYS} days</strong>
        </p>
      </div>
      <div className="letter-board">
        {columns.map(({ status, letters: items }) => (
          <section key={status} className="letter-column" aria-labelledby={`column-${status}`}>
            <h2 id={`column-${status}`} className="letter-column__title">
              {LETTER_STATUS_LABELS[status]} <span className="letter-column__count">({items.length})</span>
            </h2>
            {items.length === 0 ? (
              <p className="letter-column__empty">None</p>
            ) : (
              <ul className="letter-column__list">
                {items.map((letter) => (
                  <LetterCard key={letter.id} letter={letter} today={today} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function LetterCard({ letter, today }: { letter: LetterView; today: Date }) {
  const timing = letterTiming(letter, today);
  return (
    <li className={`letter-card letter-card--${timing.kind}`} data-testid="letter-card">
      <Link to={routePath(ROUTES.student, { studentId: letter.student.id })} className="letter-card__student">
        {letter.student.displayName}
      </Link>
      <span className="letter-card__writer">
        {letter.writerName}
        <span className="muted"> · {letter.writerSpecialty}</span>
        {letter.mentor === null && <span className="muted"> · outside writer</span>}
      </span>
      {letter.dueDate !== null && <span className="letter-card__due">Due {format(parseISO(letter.dueDate), 'd MMM yyyy')}</span>}
      {timing.kind !== 'closed' && <span className={`badge ${BADGE[timing.kind] ?? ''}`}>{timing.label}</span>}
    </li>
  );
}
