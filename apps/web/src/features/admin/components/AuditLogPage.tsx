import { type FormEvent, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { format, parseISO } from 'date-fns';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ApiError } from '../../../lib/api-client';
import '../admin.css';
import type { AuditFilters } from '../api';
import { useAuditEvents, useUserOptions } from '../hooks/use-admin';

export const AUDIT_FILTER_KEYS = ['actorId', 'studentId', 'action', 'from', 'to'] as const;

/** Suggestions for the action filter: a prefix ending in a dot matches a whole family. */
const ACTION_PREFIXES = ['auth.', 'user.', 'cohort.', 'student.', 'letter.', 'exam.', 'rotation.', 'research.', 'note.', 'override.'];

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = auditFiltersFrom(params);
  const events = useAuditEvents(filters);
  const people = useUserOptions({});
  const students = useUserOptions({ role: 'STUDENT' });
  const id = useId();

  const names = useMemo(() => new Map((people.data?.items ?? []).map((u) => [u.id, u.displayName])), [people.data]);

  const fieldErrors: Record<string, string> = {};
  if (events.error instanceof ApiError && events.error.status === 400) {
    for (const detail of events.error.details) fieldErrors[detail.field] ??= detail.message;
  }
  const invalidFilters = Object.keys(fieldErrors).length > 0;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of AUDIT_FILTER_KEYS) {
      const value = String(data.get(key) ?? '').trim();
      if (value !== '') next.set(key, value);
    }
    setParams(next);
  };

  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const total = events.data?.pages[0]?.total ?? 0;
  const filtered = params.toString() !== '';

  const field = (key: (typeof AUDIT_FILTER_KEYS)[number]) => ({
    id: `${id}-${key}`,
    name: key,
    defaultValue: filters[key] ?? '',
    'aria-invalid': fieldErrors[key] !== undefined,
    'aria-describedby': fieldErrors[key] !== undefined ? `${id}-${key}-error` : undefined,
  });
  const errorOf = (key: string) =>
    fieldErrors[key] !== undefined && (
      <p id={`${id}-${key}-error`} className="field__error">
        {fieldErrors[key]}
      </p>
    );

  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <PageHeader title="Audit log" description="Who did what, and when: every change and every read of a student's record at your institution, newest first." />

      <form className="filter-bar" role="search" aria-label="Filter the audit log" onSubmit={apply} key={params.toString()}>
        <div className="field">
          <label htmlFor={`${id}-actorId`}>Who</label>
          {/* Remounted once its options arrive so the filter in the URL shows as chosen; the rest of the form keeps what was typed. */}
          <select key={people.isSuccess ? 'ready' : 'loading'} {...field('actorId')}>
            <option value="">Anyone</option>
            {filters.actorId && !names.has(filters.actorId) && <option value={filters.actorId}>{filters.actorId}</option>}
            {(people.data?.items ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
          {errorOf('actorId')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-studentId`}>About student</label>
          <select key={students.isSuccess ? 'ready' : 'loading'} {...field('studentId')}>
            <option value="">Any student</option>
            {filters.studentId && !(students.data?.items ?? []).some((s) => s.id === filters.studentId) && (
              <option value={filters.studentId}>{names.get(filters.studentId) ?? filters.studentId}</option>
            )}
            {(students.data?.items ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
          {errorOf('studentId')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <input type="text" list={`${id}-actions`} placeholder="e.g. letter." spellCheck={false} {...field('action')} />
          <datalist id={`${id}-actions`}>
            {ACTION_PREFIXES.map((prefix) => (
              <option key={prefix} value={prefix} />
            ))}
          </datalist>
          {errorOf('action')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input type="date" {...field('from')} />
          {errorOf('from')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input type="date" {...field('to')} />
          {errorOf('to')}
        </div>
        <div className="filter-bar__actions">
          <button type="submit" className="button button--secondary">
            Apply filters
          </button>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams())}>
              Clear
            </button>
          )}
        </div>
      </form>
      <p className="admin-hint audit-hint">An action ending in a dot, such as <code>letter.</code>, matches every action of that kind.</p>

      {events.isPending ? (
        <LoadingState label="Loading the audit log…" />
      ) : events.isError ? (
        invalidFilters ? (
          <div className="alert alert--error" role="alert">
            Some filters are not valid: correct the highlighted fields.
          </div>
        ) : (
          <ErrorState title="The audit log could not be loaded" error={events.error} onRetry={() => void events.refetch()} />
        )
      ) : rows.length === 0 ? (
        <div className="card card--empty">
          <p>{filtered ? 'No events match these filters.' : 'No events recorded yet.'}</p>
        </div>
      ) : (
        <>
          <p className="admin-page__count" aria-live="polite">
            Showing {rows.length} of {total} {total === 1 ? 'event' : 'events'}
          </p>
          <div className="admin-table-scroll">
            <table className="admin-table audit-table">
              <caption className="visually-hidden">Audit events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Student</th>
                  <th scope="col">Record</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((event) => (
                  <tr key={event.id} data-testid="audit-row">
                    <td>
                      <time dateTime={event.at}>{format(parseISO(event.at), 'd MMM yyyy, HH:mm:ss')}</time>
                    </td>
                    <td>{event.actor?.displayName ?? 'System'}</td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>{event.studentId === null ? '—' : (names.get(event.studentId) ?? event.studentId)}</td>
                    <td>{event.entity === null ? '—' : `${event.entity}${event.entityId ? ` ${event.entityId.slice(0, 8)}` : ''}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {events.hasNextPage && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
                {events.isFetchingNextPage ? 'Loading…' : 'Load more events'}
              </button>
            </p>
          )}
          {events.isFetchNextPageError && (
            <div className="alert alert--error" role="alert">
              More events could not be loaded. Try again.
            </div>
          )}
        </>
      )}
    </section>
  );
}
