import { type AttentionAcknowledgementView, type CohortSummary, type CohortView, ERROR_CODES, type Page, type StudentListItem } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { ANA_ATTENTION, ATTENTION_CODES, CY_ATTENTION } from '../attention-fixtures';
import { student } from '../student-fixtures';
import { ACKNOWLEDGE_CONFLICT_MESSAGE, dayFromToday } from './AcknowledgeForm';

const cohort: CohortView = { id: 'c1', name: 'Match 2027', matchYear: 2027, advisors: [], studentCount: 2, needsAttention: 2, version: 1 };
const students: StudentListItem[] = [student({ id: 's1', displayName: 'Ana Lima' }), student({ id: 's3', displayName: 'Cy Park' })];
const baseSummary: CohortSummary = {
  cohortId: 'c1',
  students: 2,
  byPathway: { DUAL_IR_DR: 2 },
  byBandIR: { COMPETITIVE: 2 },
  byBandDR: { HIGH: 2 },
  byFlag: {},
  letters: { byStatus: {}, secured: 2, needed: 8, atRisk: 1 },
  rotations: { byOutcome: {}, completed: 2, total: 4 },
  pathwayChanges: { last30: { upgrades: 0, downgrades: 1 }, last90: { upgrades: 0, downgrades: 1 } },
  needsAttention: [ANA_ATTENTION, CY_ATTENTION],
  acknowledged: 0,
};
const ACK_PATH = '/students/s1/attention-acknowledgements';

/** The dashboard against a fake API whose summary changes when the POST succeeds, as the server's does. */
function dashboard(answerPost: (body: { note: string; followUpOn: string }) => Response) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('ADVISOR');
  let summary = baseSummary;
  api.overrides.set('/cohorts', () => json(200, [{ ...cohort, needsAttention: summary.needsAttention.length }]));
  api.overrides.set('/cohorts/c1/summary', () => json(200, summary));
  api.overrides.set('/students?cohortId=c1&limit=500&sort=name', () => json(200, { items: students, nextCursor: null, total: students.length } satisfies Page<StudentListItem>));
  api.overrides.set(ACK_PATH, (call) => {
    const response = answerPost(call.body as { note: string; followUpOn: string });
    if (response.status === 201) summary = { ...summary, needsAttention: [CY_ATTENTION], acknowledged: 1 };
    return response;
  });
  renderApp({ fetch: api.fetch, path: '/cohorts/c1', refreshToken });
  return api;
}

const saved = (body: { note: string; followUpOn: string }): AttentionAcknowledgementView => ({
  id: 'ack-1',
  advisor: { id: 'user-advisor', displayName: 'Dr. Dana Reyes' },
  note: body.note,
  followUpOn: body.followUpOn,
  items: ANA_ATTENTION.items,
  createdAt: '2026-11-29T10:00:00.000Z',
  active: true,
});

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Acknowledge Ana Lima' }, { timeout: 15_000 }));
  return screen.getByRole('form', { name: 'Acknowledge Ana Lima' });
}

describe('acknowledging a student on the needs-attention list', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('saves a note and a follow-up date; the student leaves the list, the counts drop and focus moves to the next student', async () => {
    const user = userEvent.setup();
    const api = dashboard((body) => json(201, saved(body)));
    const form = await openForm(user);

    const note = within(form).getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    const date = within(form).getByLabelText('Follow-up date');
    expect(date).toHaveValue(dayFromToday(7));
    await user.type(note, 'Called the writer; letter promised by Friday.');
    await user.clear(date);
    await user.type(date, '2026-12-06');
    const cohortsBefore = api.callsTo('/cohorts').length;
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Needs attention (1)' })).toBeInTheDocument();
    expect(api.callsTo(ACK_PATH)).toEqual([expect.objectContaining({ method: 'POST', body: { note: 'Called the writer; letter promised by Friday.', followUpOn: '2026-12-06' } })]);
    const list = screen.getByRole('list', { name: 'Students who need attention' });
    expect(within(list).queryByRole('link', { name: 'Ana Lima' })).not.toBeInTheDocument();
    expect(screen.getByText('1 acknowledged, waiting for their follow-up date')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Cohort at a glance' })).toHaveTextContent('1 need attention · 1 acknowledged');
    expect(screen.getByText('Ana Lima was acknowledged and leaves the list until 6 December 2026.')).toBeInTheDocument();
    await waitFor(() => expect(within(list).getByRole('link', { name: 'Cy Park' })).toHaveFocus());
    // The cohorts list (its counts) is fetched again too.
    await waitFor(() => expect(api.callsTo('/cohorts').length).toBeGreaterThan(cohortsBefore));
  });

  it('puts the API’s field message beside the field, in words, and keeps what was typed', async () => {
    const user = userEvent.setup();
    dashboard(() => apiError(400, 'The request has invalid fields.', ERROR_CODES.VALIDATION_FAILED, [{ field: 'followUpOn', message: 'followUpOn must be after today' }]));
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Spoke with the student.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Some fields need your attention; nothing was saved.');
    const date = within(form).getByLabelText('Follow-up date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Must be after today.') as string);
    expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('Spoke with the student.');
    expect(date).toHaveValue(dayFromToday(7));
    expect(screen.getByRole('heading', { name: 'Needs attention (2)' })).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    for (const code of ATTENTION_CODES) expect(text).not.toContain(code);
  });

  it('asks for a note before sending anything', async () => {
    const user = userEvent.setup();
    const api = dashboard((body) => json(201, saved(body)));
    const form = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Write a short note first.')).toBeInTheDocument();
    expect(api.callsTo(ACK_PATH)).toHaveLength(0);
  });

  it('explains a conflict in words and keeps the form', async () => {
    const user = userEvent.setup();
    dashboard(() => apiError(409, 'Conflict', ERROR_CODES.CONFLICT));
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Spoke with the student.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(ACKNOWLEDGE_CONFLICT_MESSAGE);
    expect(within(form).getByRole('textbox', { name: 'Note' })).toHaveValue('Spoke with the student.');
  });

  it('cancels without saving and returns focus to the button', async () => {
    const user = userEvent.setup();
    const api = dashboard((body) => json(201, saved(body)));
    const form = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Acknowledge Ana Lima' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Acknowledge Ana Lima' })).toHaveFocus());
    expect(api.callsTo(ACK_PATH)).toHaveLength(0);
  });
});
