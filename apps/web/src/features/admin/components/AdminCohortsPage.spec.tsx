import { type CohortView, ROUTES, routePath, type UserView } from '@advising/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { FakeAdminApi } from '../test-api';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const cohort = (patch: Partial<CohortView> = {}): CohortView => ({
  id: 'c1',
  name: 'Match 2027',
  matchYear: 2027,
  advisors: [{ id: 'a1', displayName: 'Dr. Dana Reyes' }],
  studentCount: 22,
  needsAttention: 3,
  version: 2,
  ...patch,
});

const advisor = (id: string, displayName: string): UserView => ({
  id,
  email: `${id}@demo-med.edu`,
  displayName,
  role: 'ADVISOR',
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

function adminOnCohorts(cohorts: CohortView[] = [cohort()]) {
  const api = new FakeAdminApi();
  const { refreshToken } = api.auth.issue('ADMIN');
  api.on('GET', '/cohorts', () => json(200, cohorts));
  api.on('GET', '/admin/users', () => json(200, { items: [advisor('a1', 'Dr. Dana Reyes'), advisor('a2', 'Dr. Chris Lindqvist')], nextCursor: null, total: 2 }));
  const view = renderApp({ fetch: api.fetch, path: ROUTES.adminCohorts, refreshToken });
  return { api, ...view };
}

describe('admin cohorts', { timeout: 20_000 }, () => {
  it('lists cohorts with their facts and a link to their CSV import', async () => {
    adminOnCohorts();
    const card = await screen.findByRole('article', { name: 'Match 2027' });
    expect(card).toHaveTextContent('Match year2027');
    expect(card).toHaveTextContent('Students22');
    expect(card).toHaveTextContent('AdvisorsDr. Dana Reyes');
    expect(within(card).getByRole('link', { name: 'Import students from CSV into Match 2027' })).toHaveAttribute(
      'href',
      routePath(ROUTES.adminImport, { cohortId: 'c1' }),
    );
  });

  it('validates a new cohort and shows a taken name beside the field', async () => {
    const user = userEvent.setup();
    const { api } = adminOnCohorts();
    api.on('POST', '/cohorts', () => json(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'A cohort with this name already exists.' }));

    await user.click(await screen.findByRole('button', { name: 'New cohort' }));
    const form = screen.getByRole('form', { name: 'New cohort' });
    await user.clear(within(form).getByLabelText('Match year'));
    await user.type(within(form).getByLabelText('Match year'), '1999');
    await user.click(within(form).getByRole('button', { name: 'Create cohort' }));
    expect(within(form).getByText('Enter a name.')).toBeInTheDocument();
    expect(within(form).getByText('Enter a match year between 2000 and 2100.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/cohorts')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Name'), 'Match 2027');
    await user.clear(within(form).getByLabelText('Match year'));
    await user.type(within(form).getByLabelText('Match year'), '2027');
    await user.click(within(form).getByRole('button', { name: 'Create cohort' }));
    expect(await within(form).findByText('A cohort with this name already exists.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/cohorts')[0].body).toEqual({ name: 'Match 2027', matchYear: 2027 });
  });

  it('sets the advisors from a multi-select of active advisors', async () => {
    const user = userEvent.setup();
    const { api } = adminOnCohorts();
    api.on('PUT', '/cohorts/c1/advisors', () => json(200, cohort()));

    await user.click(await screen.findByRole('button', { name: 'Advisors of Match 2027' }));
    const dana = await screen.findByRole('checkbox', { name: /Dr. Dana Reyes/ });
    expect(dana).toBeChecked();
    expect(api.callsTo('GET', '/admin/users')[0].query.get('role')).toBe('ADVISOR');
    expect(api.callsTo('GET', '/admin/users')[0].query.get('active')).toBe('true');
    await user.click(screen.getByRole('checkbox', { name: /Dr. Chris Lindqvist/ }));
    await user.click(screen.getByRole('button', { name: 'Save advisors (2)' }));

    await waitFor(() => expect(api.callsTo('PUT', '/cohorts/c1/advisors')[0]?.body).toEqual({ advisorIds: ['a1', 'a2'] }));
  });

  it('explains a stale rename, reloads and saves with the current version, keeping the typed name', async () => {
    const user = userEvent.setup();
    const { api } = adminOnCohorts();
    let attempt = 0;
    api.on('PATCH', '/cohorts/c1', () => {
      attempt += 1;
      if (attempt === 1) {
        api.on('GET', '/cohorts', () => json(200, [cohort({ version: 5 })]));
        return json(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'Someone else changed this record.', current: cohort({ version: 5 }) });
      }
      return json(200, cohort({ name: 'Match 2027 (IR)', version: 6 }));
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Match 2027' }));
    const form = screen.getByRole('form', { name: 'Rename Match 2027' });
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Match 2027 (IR)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this record after you opened it');
    await user.click(within(alert).getByRole('button', { name: 'Reload cohort' }));
    await waitFor(() => expect(within(form).queryByRole('alert')).not.toBeInTheDocument());
    expect(within(form).getByLabelText('Name')).toHaveValue('Match 2027 (IR)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.callsTo('PATCH', '/cohorts/c1')).toHaveLength(2));
    expect(api.callsTo('PATCH', '/cohorts/c1')[1].body).toEqual({ version: 5, name: 'Match 2027 (IR)', matchYear: 2027 });
  });

  it('shows an empty state', async () => {
    adminOnCohorts([]);
    expect(await screen.findByText(/No cohorts yet/)).toBeInTheDocument();
  });
});
