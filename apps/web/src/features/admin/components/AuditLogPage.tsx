import { type FormEvent, useId, useMemo } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel } from '@advising/contracts';
import { useSearchParams } from 'react-router';
import { format, parseISO } from 'date-fns';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ApiError } from '../../../lib/api-client';
import '../admin.css';
import type { AuditFilters } from '../api';
import { useAuditEvents, useUserOptions } from '../hooks/use-admin';

export const AUDIT_FILTER_KEYS = ['actorId', 'studentId', 'action', 'from', 'to'] as const;

/** The action filter's choices, in words: each family (a prefix ending in a dot matches all of it), then each action. */
const ACTION_FAMILIES: [string, string][] = [
  ['user.', 'Accounts (any)'],
  ['cohort.', 'Cohorts (any)'],
  ['student.', 'Student records viewed or downloaded (any)'],
  ['profile.', 'Profiles (any)'],
  ['exam.', 'Exams (any)'],
  ['rotation.', 'Rotations (any)'],
  ['research.', 'Research (any)'],
  ['letter.', 'Letters (any)'],
  ['note.', 'Advisor notes (any)'],
  ['override.', 'Advisor overrides (any)'],
  ['attention.', 'Needs-attention acknowledgements (any)'],
];
const ACTION_CHOICES: [string, string][] = [...ACTION_FAMILIES, ...Object.entries(AUDIT_ACTION_LABELS).sort((a, b) => a[1].localeCompare(b[1]))];

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
            {filters.actorId && !names.has(filters.actorId) && <option value={filters.actorId}>Someone no longer listed</option>}
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
              <option value={filters.studentId}>{names.get(filters.studentId) ?? 'A student no longer listed'}</option>
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
          <select {...field('action')}>
            <option value="">Any action</option>
            {filters.action && !ACTION_CHOICES.some(([value]) => value === filters.action) && <option value={filters.action}>{auditActionLabel(filters.action)}</option>}
            {ACTION_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
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
                    <td>{auditActionLabel(event.action)}</td>
                    <td>{event.studentId === null ? '—' : (names.get(event.studentId) ?? 'A former student')}</td>
                    <td>{event.entity === null ? '—' : (AUDIT_ENTITY_LABELS[event.entity] ?? 'Record')}</td>
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
