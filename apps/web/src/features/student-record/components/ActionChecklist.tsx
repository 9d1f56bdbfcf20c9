import type { Action } from '@advising/strategy-rules';
import { useCallback, useId, useState } from 'react';
import { formatDate, PRIORITY_LABELS } from '../labels';

const STORAGE_PREFIX = 'match-compass.done-actions.';

function readDone(studentId: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + studentId);
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return new Set(Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * The actions as a checklist, in the order given (priority, then due date). Ticks are a personal
 * reminder kept on this device; the plan itself changes only when the record does.
 */
export function ActionChecklist({ actions, studentId }: { actions: readonly Action[]; studentId: string }) {
  const [done, setDone] = useState<Set<string>>(() => readDone(studentId));
  const hintId = useId();

  const toggle = useCallback(
    (code: string, checked: boolean) => {
      setDone((previous) => {
        const next = new Set(previous);
        if (checked) next.add(code);
        else next.delete(code);
        try {
          window.localStorage.setItem(STORAGE_PREFIX + studentId, JSON.stringify([...next]));
        } catch {
          // Storage full or blocked: the tick still shows for this visit.
        }
        return next;
      });
    },
    [studentId],
  );

  if (actions.length === 0) return <p className="muted">No actions right now.</p>;

  return (
    <>
      <p id={hintId} className="muted">
        Highest priority first, then by due date. Ticks are kept on this device only.
      </p>
      <ol className="checklist" aria-describedby={hintId} data-testid="actions">
        {actions.map((action) => {
          const id = `${hintId}-${action.code}`;
          const isDone = done.has(action.code);
          return (
            <li key={action.code} className={`checklist__item checklist__item--p${action.priority}${isDone ? ' is-done' : ''}`}>
              <input id={id} type="checkbox" checked={isDone} onChange={(event) => toggle(action.code, event.target.checked)} />
              <label htmlFor={id}>
                <span className="checklist__message">{action.message}</span>
                <span className="checklist__meta">
                  <span className={`priority priority--${action.priority}`}>{PRIORITY_LABELS[action.priority]}</span>
                  {action.dueBy !== undefined && <span> · due {formatDate(action.dueBy)}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ol>
    </>
  );
}
