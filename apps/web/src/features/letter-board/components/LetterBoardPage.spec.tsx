import type { CohortView, LetterView } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format, addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const cohort: CohortView = { id: 'c1', name: 'Match 2027', matchYear: 2027, advisors: [], studentCount: 2, needsAttention: 0, version: 1 };
const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const patel = { id: 'm1', displayName: 'Dr. Morgan Patel' };

function letter(id: string, status: LetterView['status'], dueDate: string | null, mentor: LetterView['mentor'], student: string): LetterView {
  return { id, student: { id: `s-${student}`, displayName: student }, mentor, writerName: mentor?.displayName ?? 'Dr. Outside', writerSpecialty: 'IR', writerInUS: true, status, dueDate, requestedAt: '2026-01-01T00:00:00Z', committedAt: null, submittedAt: null, declinedAt: null, version: 1 };
}

const letters = [
  letter('l1', 'COMMITTED', day(-3), patel, 'Ana Lima'),
  letter('l2', 'REQUESTED', day(5), null, 'Ben Okafor'),
  letter('l3', 'SUBMITTED', day(-30), patel, 'Cy Park'),
  letter('l4', 'REQUESTED', day(40), patel, 'Dee Quinn'),
];

function signedIn(path: string) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('ADVISOR');
  api.overrides.set('/cohorts', () => json(200, [cohort]));
  api.overrides.set('/cohorts/c1/letters', () => json(200, letters));
  return renderApp({ fetch: api.fetch, path, refreshToken });
}

describe('letter board', () => {
  it('puts letters in status columns and says in words which are overdue or due soon', async () => {
    signedIn('/cohorts/c1/letters');
    const requested = await screen.findByRole('region', { name: 'Requested (2)' }, { timeout: 5000 });
    expect(within(requested).getAllByTestId('letter-card').map((c) => c.querySelector('a')?.textContent)).toEqual(['Ben Okafor', 'Dee Quinn']);
    expect(within(requested).getByText('Due in 5 days')).toBeInTheDocument();
    const committed = screen.getByRole('region', { name: 'Committed (1)' });
    expect(within(committed).getByText('Overdue by 3 days')).toBeInTheDocument();
    const submitted = screen.getByRole('region', { name: 'Submitted (1)' });
    expect(within(submitted).queryByText(/Overdue/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Declined (0)' })).toHaveTextContent('None');
    expect(screen.getByRole('status')).toHaveTextContent('4 letters · 1 overdue · 1 due within 14 days');
  });

  it('filters by writer and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    const { router } = signedIn('/cohorts/c1/letters');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Writer' }, { timeout: 5000 }), 'Writers outside the institution');
    await waitFor(() => expect(router.state.location.search).toBe(`?mentor=external`));
    expect(screen.getAllByTestId('letter-card')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Writer' }), 'Dr. Morgan Patel');
    await waitFor(() => expect(router.state.location.search).toBe('?mentor=m1'));
    expect(screen.getAllByTestId('letter-card')).toHaveLength(3);
  });
});
