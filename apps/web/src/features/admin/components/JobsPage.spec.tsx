import { type BulkJobView, ROUTES } from '@advising/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { FakeAdminApi } from '../test-api';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const job = (over: Partial<BulkJobView>): BulkJobView => ({
  id: 'j1',
  trigger: 'calendar',
  asOf: '2026-11-29',
  status: 'DONE',
  done: 40,
  total: 40,
  changed: 3,
  attempts: 1,
  createdAt: '2026-11-29T04:10:00.000Z',
  finishedAt: '2026-11-29T04:10:09.000Z',
  ...over,
});

describe('jobs', { timeout: 20_000 }, () => {
  it('lists runs in words with their progress, follows a running one to the end, and retries a failure', async () => {
    const api = new FakeAdminApi();
    const { refreshToken } = api.auth.issue('ADMIN');
    let polls = 0;
    let failed = job({ id: 'j2', trigger: 'rules.updated', status: 'FAILED', done: 10, changed: 0 });
    api.on('GET', '/admin/jobs', () => {
      polls += 1;
      const running = polls < 2 ? job({ id: 'j3', trigger: 'admin.recompute', status: 'RUNNING', done: 20, finishedAt: null }) : job({ id: 'j3', trigger: 'admin.recompute' });
      return json(200, [running, failed, job({})]);
    });
    api.on('POST', '/admin/jobs/j2/retry', () => {
      failed = job({ id: 'j2', trigger: 'rules.updated', status: 'QUEUED', done: 0, changed: 0 });
      return json(202, failed);
    });
    renderApp({ fetch: api.fetch, path: ROUTES.adminJobs, refreshToken });

    const rows = await screen.findAllByTestId('job-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Requested by an admin');
    expect(rows[0]).toHaveTextContent('Running');
    expect(within(rows[0]).getByRole('progressbar', { name: 'Progress: 20 of 40 students' })).toHaveAttribute('value', '50');
    expect(rows[1]).toHaveTextContent('Advising rules updated');
    expect(rows[2]).toHaveTextContent('Daily update as of the date');
    // No code reaches the page.
    expect(document.body.textContent).not.toMatch(/admin\.recompute|rules\.updated|RUNNING|FAILED|calendar/);

    // Polled while something runs: the running job finishes on the page.
    await waitFor(() => expect(screen.getAllByTestId('job-row')[0]).toHaveTextContent('Finished'), { timeout: 8000 });

    await userEvent.click(within(screen.getAllByTestId('job-row')[1]).getByRole('button', { name: 'Retry' }));
    expect(api.callsTo('POST', '/admin/jobs/j2/retry')).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByTestId('job-row')[1]).toHaveTextContent('Waiting to start'));
  });

  it('starts an update of every recommendation', async () => {
    const api = new FakeAdminApi();
    const { refreshToken } = api.auth.issue('ADMIN');
    api.on('GET', '/admin/jobs', () => json(200, []));
    api.on('POST', '/admin/jobs/recompute', () => json(202, job({ status: 'QUEUED', done: 0 })));
    renderApp({ fetch: api.fetch, path: ROUTES.adminJobs, refreshToken });
    expect(await screen.findByText('No job has run yet. The first daily update runs tonight.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Update every recommendation now' }));
    await waitFor(() => expect(api.callsTo('POST', '/admin/jobs/recompute')).toHaveLength(1));
    expect(api.callsTo('GET', '/admin/jobs').length).toBeGreaterThanOrEqual(2);
  });
});
