import { type AttentionAcknowledgementView, routePath, ROUTES } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { letter, recomputed, STUDENT_ID, studentDetail } from '../../student-record/testing/fixtures';
import { acknowledgementStatus } from './AcknowledgementPanel';

vi.mock('../../student-record/components/TimelineChart', () => ({ TimelineChart: () => <div data-testid="timeline-chart" /> }));

const BASE = `/students/${STUDENT_ID}`;
const wait = { timeout: 5000 };

function advisorOpens(options: { notes?: 'fail' | 'ok'; acknowledgement?: AttentionAcknowledgementView } = {}) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('ADVISOR');
  const detail = studentDetail({
    rotations: [
      {
        id: 'rot-1',
        specialty: 'IR',
        setting: 'HOME',
        siteName: 'University Hospital',
        inUS: true,
        weeks: 4,
        startDate: '2026-02-01',
        endDate: '2026-02-26',
        status: 'COMPLETED',
        outcome: 'HONORS',
        evaluatorComment: 'Outstanding in the angio suite.',
        version: 3,
      },
    ],
    letters: [letter({ status: 'COMMITTED', dueDate: '2026-08-01', mentorNote: 'Will send by July.' })],
    acknowledgement: options.acknowledgement ?? null,
  });
  api.overrides.set(BASE, () => json(200, detail));
  api.overrides.set(`${BASE}/recommendations`, () => json(200, [recomputed('2026-01-01T09:00:00.000Z', 'profile.created', 'DR_THEN_IR')]));
  api.overrides.set(`${BASE}/notes`, (call) =>
    options.notes === 'fail'
      ? apiError(404, 'Not found')
      : call.method === 'POST'
        ? json(201, { id: 'n2', author: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' }, body: (call.body as { body: string }).body, createdAt: '2026-05-01T10:00:00.000Z' })
        : json(200, [{ id: 'n1', author: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' }, body: 'Discussed a research year.', createdAt: '2026-04-01T10:00:00.000Z' }]),
  );
  const view = renderApp({ fetch: api.fetch, path: routePath(ROUTES.student, { studentId: STUDENT_ID }), refreshToken });
  return { api, ...view };
}

describe('advisor’s student page', () => {
  it('shows the recommendation with each reason’s rule and source, the timeline and the whole record', async () => {
    advisorOpens();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Student' }, wait)).toBeInTheDocument();
    const reasons = screen.getByTestId('reasons');
    const first = within(reasons).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(/Rule [a-z]/);
    expect(first).toHaveTextContent(/Source: [A-Z][^;]+, section “/);
    expect(first).not.toHaveTextContent(/\.txt|seed/i);
    expect(within(first).getByText('About this rule')).toBeInTheDocument();

    expect(await screen.findByTestId('timeline-events')).toHaveTextContent('Profile created');
    expect(screen.getByTestId('rotations-section')).toHaveTextContent('Evaluator: “Outstanding in the angio suite.”');
    expect(screen.getByTestId('letters-section')).toHaveTextContent('Mentor’s note: “Will send by July.”');
    expect(await screen.findByText('Discussed a research year.')).toBeInTheDocument();
  });

  it('requires a reason for an override, then saves pathway and reason', async () => {
    const user = userEvent.setup();
    const { api } = advisorOpens();
    const difference = "Advisor's plan: Integrated IR and DR together (10-20 IR, 25-40 DR, 3 letters); the rules' plan: DR first, then IR (25-40 DR, 3 letters).";
    api.overrides.set(`${BASE}/override`, (call) =>
      json(200, { ...(call.body as object), advisor: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' }, createdAt: '2026-05-01T10:00:00.000Z', difference }),
    );

    const section = await screen.findByTestId('override-section', {}, wait);
    await user.click(within(section).getByRole('button', { name: 'Override the pathway' }));
    await user.selectOptions(within(section).getByLabelText('Pathway'), 'Integrated IR and DR together');
    await user.type(within(section).getByLabelText('Reason'), 'Too short');
    await user.click(within(section).getByRole('button', { name: 'Save override' }));

    expect(await within(section).findByText('Explain the decision in at least 10 characters.')).toBeInTheDocument();
    expect(api.callsTo(`${BASE}/override`)).toHaveLength(0);

    await user.type(within(section).getByLabelText('Reason'), ' for this cycle');
    await user.click(within(section).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(api.callsTo(`${BASE}/override`)).toHaveLength(1));
    expect(api.callsTo(`${BASE}/override`)[0]).toMatchObject({ method: 'PUT', body: { pathway: 'DUAL_IR_DR', reason: 'Too short for this cycle' } });
    // The server's one-line difference between the advisor's plan and the rules' own is shown beside the override.
    expect(await within(section).findByTestId('override-difference')).toHaveTextContent(difference);
  });

  it('edits the evaluator comment of a rotation, which a student never sees', async () => {
    const user = userEvent.setup();
    const { api } = advisorOpens();
    api.overrides.set(`${BASE}/rotations/rot-1`, (call) => json(200, { ...(call.body as object), id: 'rot-1' }));

    const section = await screen.findByTestId('rotations-section', {}, wait);
    await user.click(within(section).getByRole('button', { name: /^Edit rotation/ }));
    const comment = within(section).getByLabelText('Evaluator comment');
    await user.clear(comment);
    await user.type(comment, 'Strong technical skills.');
    await user.click(within(section).getByRole('button', { name: 'Save rotation' }));

    await waitFor(() => expect(api.callsTo(`${BASE}/rotations/rot-1`)).toHaveLength(1));
    expect(api.callsTo(`${BASE}/rotations/rot-1`)[0].body).toMatchObject({ evaluatorComment: 'Strong technical skills.', version: 3, weeks: 4 });
  });

  it('keeps the page working when the notes cannot be loaded', async () => {
    advisorOpens({ notes: 'fail' });
    expect(await screen.findByRole('heading', { name: 'The notes could not be loaded' }, wait)).toBeInTheDocument();
    expect(screen.getByTestId('recommendation')).toBeInTheDocument();
  });

  it('is not open to students', async () => {
    const api = new FakeAuthApi();
    const { refreshToken } = api.issue('STUDENT');
    renderApp({ fetch: api.fetch, path: routePath(ROUTES.student, { studentId: STUDENT_ID }), refreshToken });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available' }, wait)).toBeInTheDocument();
    expect(api.callsTo(BASE)).toHaveLength(0);
  });

  it('shows the latest acknowledgement of the needs-attention items: who, when, the note and until when', async () => {
    advisorOpens({
      acknowledgement: {
        id: 'ack-1',
        advisor: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' },
        note: 'Called the writer; letter promised by Friday.',
        followUpOn: '2099-12-06',
        items: [{ key: 'letters:overdue', severity: 'CRITICAL', title: '1 letter overdue', detail: 'A writer is late.', action: 'Ask the writer.', date: null }],
        createdAt: '2026-11-29T10:00:00.000Z',
        active: true,
      },
    });
    const panel = await screen.findByTestId('acknowledgement', {}, wait);
    expect(within(panel).getByRole('heading', { name: 'Needs attention: acknowledged' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Off the needs-attention list until 6 December 2099');
    expect(panel).toHaveTextContent('By Dr. Dana Reyes on 29 Nov 2026');
    expect(panel).toHaveTextContent('Note: “Called the writer; letter promised by Friday.”');
    expect(panel).toHaveTextContent('1 letter overdue');
    expect(panel).not.toHaveTextContent('letters:overdue');
    expect(panel).not.toHaveTextContent('CRITICAL');
  });

  it('shows no acknowledgement panel when there is none', async () => {
    advisorOpens();
    expect(await screen.findByTestId('notes-section', {}, wait)).toBeInTheDocument();
    expect(screen.queryByTestId('acknowledgement')).not.toBeInTheDocument();
  });
});

describe('acknowledgement status in words', () => {
  it('says whether the acknowledgement still holds, and if not why', () => {
    expect(acknowledgementStatus({ active: true, followUpOn: '2026-12-06' }, '2026-11-29')).toBe('Off the needs-attention list until 6 December 2026');
    expect(acknowledgementStatus({ active: false, followUpOn: '2026-12-06' }, '2026-12-06')).toBe('Follow-up date reached');
    expect(acknowledgementStatus({ active: false, followUpOn: '2026-12-06' }, '2026-12-01')).toBe('Something new happened since');
  });
});
