import { type MentorLetterRequestView, ROUTES } from '@advising/contracts';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { apiError, FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

// The page is a lazy route chunk: give its first render time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const day = (offset: number): string => format(addDays(new Date(), offset), 'yyyy-MM-dd');

function letter(id: string, name: string, patch: Partial<MentorLetterRequestView> = {}): MentorLetterRequestView {
  return {
    id,
    student: { id: `student-${id}`, displayName: name },
    mentor: { id: 'user-mentor', displayName: 'Dr. Morgan Patel' },
    writerName: 'Dr. Morgan Patel',
    writerSpecialty: 'IR',
    writerInUS: true,
    status: 'REQUESTED',
    dueDate: null,
    requestedAt: '2026-01-05T10:00:00.000Z',
    committedAt: null,
    submittedAt: null,
    declinedAt: null,
    mentorNote: null,
    version: 3,
    studentTarget: 'IR',
    overdue: false,
    ...patch,
  };
}

function mentorWith(letters: MentorLetterRequestView[]) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('MENTOR');
  api.overrides.set('/me/letter-requests', () => json(200, letters));
  const view = renderApp({ fetch: api.fetch, path: ROUTES.letterRequests, refreshToken });
  return { api, ...view };
}

const cards = () => screen.getAllByTestId('letter-request');

describe('mentor letter requests', { timeout: 20_000 }, () => {
  it('lists overdue and due-soon letters first, each labelled in words', async () => {
    mentorWith([
      letter('l1', 'Una Undated'),
      letter('l2', 'Sid Submitted', { status: 'SUBMITTED', dueDate: day(-30), submittedAt: '2026-01-20T10:00:00.000Z' }),
      letter('l3', 'Lee Later', { status: 'COMMITTED', dueDate: day(60) }),
      letter('l4', 'Ola Overdue', { status: 'COMMITTED', dueDate: day(-2), overdue: true }),
      letter('l5', 'Sue Soon', { status: 'COMMITTED', dueDate: day(5) }),
    ]);

    await screen.findAllByTestId('letter-request');
    expect(cards().map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Ola Overdue',
      'Sue Soon',
      'Lee Later',
      'Una Undated',
      'Sid Submitted',
    ]);
    expect(within(cards()[0]).getByTestId('due-label')).toHaveTextContent(/Overdue by 2 days/);
    expect(within(cards()[1]).getByTestId('due-label')).toHaveTextContent(/Due soon: in 5 days/);
    expect(within(cards()[3]).getByTestId('due-label')).toHaveTextContent('No due date yet');
    expect(within(cards()[4]).getByTestId('due-label')).toHaveTextContent('Submitted 20 Jan 2026');
    expect(screen.getByRole('list', { name: 'Summary' })).toHaveTextContent('1 overdue1 due soon1 awaiting your answer');
  });

  it('offers the actions each status allows', async () => {
    mentorWith([
      letter('l1', 'Rae Requested'),
      letter('l2', 'Cy Committed', { status: 'COMMITTED', dueDate: day(30) }),
      letter('l3', 'Sid Submitted', { status: 'SUBMITTED', submittedAt: '2026-01-20T10:00:00.000Z' }),
    ]);
    await screen.findAllByTestId('letter-request');
    const buttonsOf = (index: number) => within(cards()[index]).queryAllByRole('button').map((b) => b.getAttribute('aria-label'));

    expect(buttonsOf(1)).toEqual(['Commit to write for Rae Requested', 'Edit due date and note for Rae Requested', 'Decline the request from Rae Requested']);
    expect(buttonsOf(0)).toEqual(['Mark submitted for Cy Committed', 'Edit due date and note for Cy Committed', 'Decline the request from Cy Committed']);
    expect(buttonsOf(2)).toEqual([]);
  });

  it('commits with a due date and a private note', async () => {
    const user = userEvent.setup();
    const { api } = mentorWith([letter('l1', 'Rae Requested')]);
    api.overrides.set('/letters/l1/transitions', (call) => {
      const body = call.body as { dueDate: string };
      const saved = letter('l1', 'Rae Requested', { status: 'COMMITTED', dueDate: body.dueDate, version: 4 });
      api.overrides.set('/me/letter-requests', () => json(200, [saved]));
      return json(200, saved);
    });

    await user.click(await screen.findByRole('button', { name: 'Commit to write for Rae Requested' }));
    await user.click(screen.getByRole('button', { name: 'Commit' }));
    expect(await screen.findByText('Choose the date by which you will submit the letter.')).toBeInTheDocument();
    expect(screen.getByLabelText('Due date')).toHaveFocus();

    await user.type(screen.getByLabelText('Due date'), day(20));
    await user.type(screen.getByLabelText('Private note (optional)'), 'Ask for the CV');
    await user.click(screen.getByRole('button', { name: 'Commit' }));

    await waitFor(() => expect(within(cards()[0]).getByTestId('request-status')).toHaveTextContent('Committed'));
    expect(api.callsTo('/letters/l1/transitions')[0].body).toEqual({ to: 'COMMITTED', version: 3, dueDate: day(20), note: 'Ask for the CV' });
    expect(screen.getByRole('status')).toHaveTextContent(/You committed to write for Rae Requested, due/);
  });

  it('explains a step that is no longer possible, offers a reload and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { api } = mentorWith([letter('l1', 'Rae Requested')]);
    api.overrides.set('/letters/l1/transitions', () =>
      json(409, {
        statusCode: 409,
        error: 'Conflict',
        code: 'CONFLICT',
        message: 'A DECLINED letter is final; it cannot move to COMMITTED.',
        current: letter('l1', 'Rae Requested', { status: 'DECLINED', version: 4 }),
        allowed: [],
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Commit to write for Rae Requested' }));
    await user.type(screen.getByLabelText('Due date'), day(20));
    await user.type(screen.getByLabelText('Private note (optional)'), 'Strong candidate');
    await user.click(screen.getByRole('button', { name: 'Commit' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This request has changed and is now Declined, so that step is no longer possible. It cannot change any more.');
    expect(screen.getByLabelText('Private note (optional)')).toHaveValue('Strong candidate');
    expect(screen.getByLabelText('Due date')).toHaveValue(day(20));

    const before = api.callsTo('/me/letter-requests').length;
    await user.click(within(alert).getByRole('button', { name: 'Reload requests' }));
    await waitFor(() => expect(api.callsTo('/me/letter-requests').length).toBe(before + 1));
    expect(screen.getByLabelText('Private note (optional)')).toHaveValue('Strong candidate');
  });

  it('says when someone else changed the request (stale version), and retries with the reloaded version', async () => {
    const user = userEvent.setup();
    const { api } = mentorWith([letter('l1', 'Cy Committed', { status: 'COMMITTED', dueDate: day(30) })]);
    let attempts = 0;
    api.overrides.set('/letters/l1', (call) => {
      attempts += 1;
      if (attempts === 1) {
        api.overrides.set('/me/letter-requests', () => json(200, [letter('l1', 'Cy Committed', { status: 'COMMITTED', dueDate: day(30), version: 7 })]));
        return json(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'Someone else changed this record.', current: {} });
      }
      return json(200, { ...letter('l1', 'Cy Committed', { status: 'COMMITTED', version: 8 }), ...(call.body as object) });
    });

    await user.click(await screen.findByRole('button', { name: 'Edit due date and note for Cy Committed' }));
    await user.type(screen.getByLabelText('Private note'), 'Draft done');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this request after you opened it');
    await user.click(screen.getByRole('button', { name: 'Reload requests' }));
    await waitFor(() => expect(api.callsTo('/me/letter-requests').length).toBe(2));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.callsTo('/letters/l1')).toHaveLength(2));
    expect(api.callsTo('/letters/l1')[1].body).toEqual({ version: 7, dueDate: day(30), mentorNote: 'Draft done' });
  });

  it('declines after confirmation', async () => {
    const user = userEvent.setup();
    const { api } = mentorWith([letter('l1', 'Rae Requested')]);
    api.overrides.set('/letters/l1/transitions', () => json(200, letter('l1', 'Rae Requested', { status: 'DECLINED', declinedAt: new Date().toISOString(), version: 4 })));

    await user.click(await screen.findByRole('button', { name: 'Decline the request from Rae Requested' }));
    expect(screen.getByText(/Decline the letter request from Rae Requested\?/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline request' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Decline request' }));

    await waitFor(() => expect(api.callsTo('/letters/l1/transitions')[0]?.body).toEqual({ to: 'DECLINED', version: 3 }));
  });

  it('returns the keyboard to the card buttons when a question is cancelled', async () => {
    const user = userEvent.setup();
    mentorWith([letter('l1', 'Rae Requested')]);
    await user.click(await screen.findByRole('button', { name: 'Decline the request from Rae Requested' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Commit to write for Rae Requested' })).toHaveFocus();
  });

  it('shows an empty state and a retryable error', async () => {
    mentorWith([]);
    expect(await screen.findByText('No letter requests yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    const user = userEvent.setup();
    const { api } = mentorWith([]);
    api.overrides.set('/me/letter-requests', () => apiError(500, 'Boom'));
    expect(await screen.findByText('Your letter requests could not be loaded')).toBeInTheDocument();
    api.overrides.set('/me/letter-requests', () => json(200, [letter('l1', 'Rae Requested')]));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Rae Requested' })).toBeInTheDocument();
  });
});
