import { ROLE_LABELS, ROLES, type Role, type UserView } from '@advising/contracts';
import { format, parseISO } from 'date-fns';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { useSignedInUser } from '../../../app/current-user-context';
import '../admin.css';
import type { CreatedUser, UserFilters } from '../api';
import { describeFormError } from '../form-errors';
import { useUpdateUser, useUserList } from '../hooks/use-admin';
import { CreateUserForm } from './CreateUserForm';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';

function filtersFrom(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const active = params.get('active');
  return {
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    active: active === 'true' || active === 'false' ? active : undefined,
    q: params.get('q') ?? undefined,
  };
}

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const users = useUserList(filters);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['role', 'active', 'q']) {
      const value = String(data.get(key) ?? '').trim();
      if (value !== '') next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const total = users.data?.pages[0]?.total ?? 0;

  return (
    <section className="page admin-page" aria-labelledby="page-title">
      <PageHeader
        title="Users"
        description="Everyone at your institution: add advisors, mentors and students, change roles and deactivate accounts."
      />

      {created !== null ? (
        created.oneTimePassword !== undefined ? (
          <OneTimePasswordNotice
            displayName={created.displayName}
            email={created.email}
            password={created.oneTimePassword}
            onDone={() => {
              setCreated(null);
              addButtonRef.current?.focus();
            }}
          />
        ) : (
          <div className="alert alert--info admin-page__notice" role="status">
            Account created for {created.displayName} ({created.email}).{' '}
            <button type="button" className="link-button" onClick={() => setCreated(null)}>
              Dismiss
            </button>
          </div>
        )
      ) : null}

      {adding ? (
        <CreateUserForm
          onCreated={(user) => {
            setAdding(false);
            setCreated(user);
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButtonRef.current?.focus());
          }}
        />
      ) : (
        <p>
          <button
            ref={addButtonRef}
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setAdding(true);
            }}
          >
            Add a user
          </button>
        </p>
      )}

      <form className="filter-bar" role="search" aria-label="Filter users" onSubmit={applyFilters} key={params.toString()}>
        <div className="field">
          <label htmlFor={`${id}-q`}>Name or email</label>
          <input id={`${id}-q`} name="q" type="search" defaultValue={filters.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} name="role" defaultValue={filters.role ?? ''}>
            <option value="">All roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-active`}>Status</label>
          <select id={`${id}-active`} name="active" defaultValue={filters.active ?? ''}>
            <option value="">Active and deactivated</option>
            <option value="true">Active</option>
            <option value="false">Deactivated</option>
          </select>
        </div>
        <div className="filter-bar__actions">
          <button type="submit" className="button button--secondary">
            Apply filters
          </button>
          {params.toString() !== '' && (
            <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              Clear
            </button>
          )}
        </div>
      </form>

      {users.isPending ? (
        <LoadingState label="Loading users…" />
      ) : users.isError ? (
        <ErrorState title="The users could not be loaded" error={users.error} onRetry={() => void users.refetch()} />
      ) : rows.length === 0 ? (
        <div className="card card--empty">
          <p>{params.toString() === '' ? 'No users yet.' : 'No users match these filters.'}</p>
        </div>
      ) : (
        <>
          <p className="admin-page__count" aria-live="polite">
            Showing {rows.length} of {total} {total === 1 ? 'user' : 'users'}
          </p>
          <div className="admin-table-scroll">
            <table className="admin-table">
              <caption className="visually-hidden">Users</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Added</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((user) => (
                  <UserRow key={user.id} user={user} />
                ))}
              </tbody>
            </table>
          </div>
          {users.hasNextPage && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
                {users.isFetchingNextPage ? 'Loading…' : 'Load more users'}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

type RowMode = 'idle' | 'role' | 'active';

function UserRow({ user }: { user: UserView }) {
  const me = useSignedInUser();
  const update = useUpdateUser();
  const [mode, setMode] = useState<RowMode>('idle');
  const [role, setRole] = useState<Role>(user.role);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const roleRef = useRef<HTMLSelectElement>(null);
  const self = user.id === me.id;

  const actionsRef = useRef<HTMLDivElement>(null);
  const previousMode = useRef<RowMode>('idle');

  useEffect(() => {
    if (mode === 'active') confirmRef.current?.focus();
    if (mode === 'role') roleRef.current?.focus();
    // Closing a question puts the keyboard back on the row's buttons.
    if (mode === 'idle' && previousMode.current !== 'idle') actionsRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    previousMode.current = mode;
  }, [mode]);

  const save = (change: { role?: Role; active?: boolean }) => {
    setError(null);
    update.mutate(
      { userId: user.id, version: user.version, ...change },
      {
        onSuccess: () => setMode('idle'),
        onError: (cause) => {
          const view = describeFormError(cause);
          const details = Object.values(view.fieldErrors);
          setError({ message: details.length ? details.join('; ') : view.message, conflict: view.conflict });
        },
      },
    );
  };

  return (
    <tr className={user.active ? undefined : 'admin-table__row--muted'}>
      <th scope="row">{user.displayName}</th>
      <td>{user.email}</td>
      <td>{ROLE_LABELS[user.role]}</td>
      <td className="admin-table__nowrap">{user.active ? 'Active' : 'Deactivated'}</td>
      <td className="admin-table__nowrap">{format(parseISO(user.createdAt), 'd MMM yyyy')}</td>
      <td className="admin-table__actions">
        {error !== null && (
          <div className="alert alert--error row-alert" role="alert">
            {error.message}
            {error.conflict && ' The list has been reloaded: check and try again.'}
          </div>
        )}
        {mode === 'idle' && (
          <div className="row-actions" ref={actionsRef}>
            <button
              type="button"
              className="button button--secondary button--compact"
              aria-label={`Change role of ${user.displayName}`}
              onClick={() => {
                setRole(user.role);
                setError(null);
                setMode('role');
              }}
            >
              Change role
            </button>
            {!self && (
              <button
                type="button"
                className="button button--secondary button--compact"
                aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.displayName}`}
                onClick={() => {
                  setError(null);
                  setMode('active');
                }}
              >
                {user.active ? 'Deactivate' : 'Reactivate'}
              </button>
            )}
          </div>
        )}
        {mode === 'role' && (
          <form
            className="row-confirm"
            aria-label={`Change role of ${user.displayName}`}
            onSubmit={(event) => {
              event.preventDefault();
              if (role === user.role) setMode('idle');
              else save({ role });
            }}
          >
            <label htmlFor={`role-${user.id}`}>New role</label>
            <select id={`role-${user.id}`} ref={roleRef} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <p className="admin-hint">{self ? 'You will be signed out.' : `${user.displayName} will be signed out everywhere.`}</p>
            <div className="row-actions">
              <button type="submit" className="button button--primary button--compact" disabled={update.isPending}>
                {update.isPending ? 'Saving…' : 'Save role'}
              </button>
              <button type="button" className="button button--secondary button--compact" onClick={() => setMode('idle')}>
                Cancel
              </button>
            </div>
          </form>
        )}
        {mode === 'active' && (
          <div className="row-confirm" role="group" aria-label="Confirm">
            <p>
              {user.active
                ? `Deactivate ${user.displayName}? They are signed out at once and cannot sign in until reactivated.`
                : `Reactivate ${user.displayName}? They can sign in again with their password.`}
            </p>
            <div className="row-actions">
              <button ref={confirmRef} type="button" className="button button--primary button--compact" disabled={update.isPending} onClick={() => save({ active: !user.active })}>
                {update.isPending ? 'Saving…' : user.active ? 'Deactivate' : 'Reactivate'}
              </button>
              <button type="button" className="button button--secondary button--compact" onClick={() => setMode('idle')}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </td>
    </tr>
  );
}
