import { type AuditEventView, ROUTES } from '@advising/contracts';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { FakeAdminApi } from '../test-api';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const event = (n: number): AuditEventView => ({
  id: `e${n}`,
  at: `2026-03-${String(10 + (n % 10)).padStart(2, '0')}T10:00:00.000Z`,
  actor: { id: 'u1', displayName: 'Dr. Dana Reyes' },
  action: n % 2 ? 'letter.committed' : 'student.read',
  studentId: 's1',
  entity: 'letter',
  entityId: `abcdef12-${n}`,
});

function adminOnAudit(path: string) {
  const api = new FakeAdminApi();
  const { refreshToken } = api.auth.issue('ADMIN');
  api.on('GET', '/admin/users', (call) =>
    json(200, {
      items:
        call.query.get('role') === 'STUDENT'
          ? [{ id: 's1', email: 's@x.edu', displayName: 'Sam Student', role: 'STUDENT', active: true, createdAt: '2026-01-01T00:00:00Z', version: 1 }]
          : [
              { id: 'u1', email: 'd@x.edu', displayName: 'Dr. Dana Reyes', role: 'ADVISOR', active: true, createdAt: '2026-01-01T00:00:00Z', version: 1 },
              { id: 's1', email: 's@x.edu', displayName: 'Sam Student', role: 'STUDENT', active: true, createdAt: '2026-01-01T00:00:00Z', version: 1 },
            ],
      nextCursor: null,
      total: 2,
    }),
  );
  api.on('GET', '/admin/audit-events', (call) => {
    if (call.query.get('from') === '2026-99-01') {
      return json(400, { statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: 'Invalid', details: [{ field: 'from', message: 'from must be an ISO 8601 date or date-time' }] });
    }
    return call.query.get('cursor') === 'next'
      ? json(200, { items: [event(3)], nextCursor: null, total: 3 })
      : json(200, { items: [event(1), event(2)], nextCursor: 'next', total: 3 });
  });
  const view = renderApp({ fetch: api.fetch, path, refreshToken });
  return { api, ...view };
}

describe('audit log', { timeout: 20_000 }, () => {
  it('sends the filters from the URL, shows names, and loads more with the cursor', async () => {
    const user = userEvent.setup();
    const { api } = adminOnAudit(`${ROUTES.adminAudit}?action=letter.&actorId=u1&from=2026-03-01`);

    expect(await screen.findAllByTestId('audit-row')).toHaveLength(2);
    const first = api.callsTo('GET', '/admin/audit-events')[0].query;
    expect(Object.fromEntries(first)).toEqual({ action: 'letter.', actorId: 'u1', from: '2026-03-01', limit: '50' });
    expect(screen.getByText('Showing 2 of 3 events')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('audit-row')[0]).toHaveTextContent('Sam Student'));
    expect(screen.getByLabelText('Action')).toHaveValue('letter.');

    await user.click(screen.getByRole('button', { name: 'Load more events' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(3));
    expect(api.callsTo('GET', '/admin/audit-events').at(-1)?.query.get('cursor')).toBe('next');
    expect(screen.queryByRole('button', { name: 'Load more events' })).not.toBeInTheDocument();
  });

  it('shows each action in words, never its code', async () => {
    adminOnAudit(ROUTES.adminAudit);
    const rows = await screen.findAllByTestId('audit-row');
    expect(rows[0]).toHaveTextContent('Letter committed');
    expect(rows[1]).toHaveTextContent('Student record viewed');
    expect(document.body.textContent).not.toMatch(/letter\.committed|student\.read/);
  });

  it('puts filters into the URL when applied', async () => {
    const user = userEvent.setup();
    const { router } = adminOnAudit(ROUTES.adminAudit);
    await screen.findAllByTestId('audit-row');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Dr. Dana Reyes' })).toBeInTheDocument());

    await user.selectOptions(screen.getByLabelText('Who'), 'u1');
    await user.selectOptions(screen.getByLabelText('Action'), 'Letters (any)');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?actorId=u1&action=letter.'));
  });

  it('shows a refused filter beside its field', async () => {
    adminOnAudit(`${ROUTES.adminAudit}?from=2026-99-01`);
    expect(await screen.findByText('from must be an ISO 8601 date or date-time')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some filters are not valid');
  });
});
