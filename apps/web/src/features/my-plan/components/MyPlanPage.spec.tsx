import { ROUTES, type StudentDetail, type TimelineEntry, type WhatIfResult } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, FakeAuthApi, json, type RecordedCall } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { exam, overridden, recommendationFor, recomputed, STUDENT_ID, studentDetail } from '../../student-record/testing/fixtures';

// The chart itself is drawn by recharts; these tests read its text alternative and the change list.
vi.mock('../../student-record/components/TimelineChart', () => ({ TimelineChart: () => <div data-testid="timeline-chart" /> }));

const BASE = `/students/${STUDENT_ID}`;

const history: TimelineEntry[] = [
  recomputed('2026-04-01T09:00:00.000Z', 'exam.updated', 'DR_THEN_IR', [
    { code: 'PATHWAY_CHANGED', from: 'DUAL_IR_DR', to: 'DR_THEN_IR', direction: 'DOWNGRADE', message: 'The pathway moved to DR first, then IR.' },
  ]),
  recomputed('2026-01-01T09:00:00.000Z', 'profile.created', 'DUAL_IR_DR', [], 'COMPETITIVE'),
];

function studentWith(options: { detail?: StudentDetail; timeline?: TimelineEntry[] } = {}) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('STUDENT');
  let detail = options.detail ?? studentDetail();
  api.overrides.set(BASE, () => json(200, detail));
  api.overrides.set(`${BASE}/recommendations`, () => json(200, options.timeline ?? history));
  api.overrides.set('/mentors', () => json(200, [{ id: 'mentor-1', displayName: 'Dr. Morgan Patel' }]));
  const view = renderApp({ fetch: api.fetch, path: ROUTES.myPlan, refreshToken });
  return {
    api,
    ...view,
    setDetail: (next: StudentDetail) => {
      detail = next;
    },
    writes: () => api.calls.filter((call: RecordedCall) => call.method !== 'GET' && !call.path.startsWith('/auth')),
  };
}

describe('My plan', () => {
  it('shows the plan in plain words, the checklist in order, letters and the history', async () => {
    studentWith();

    const plan = await screen.findByTestId('recommendation', {}, { timeout: 5000 });
    expect(within(plan).getByRole('heading', { name: 'Your recommended pathway' })).toBeInTheDocument();
    const rec = recommendationFor(243);
    expect(within(plan).getByTestId('letters-secured')).toHaveTextContent(`${rec.letters.secured} of ${rec.letters.needed} secured`);
    const checklist = within(plan).getByTestId('actions');
    const items = within(checklist).getAllByRole('checkbox');
    expect(items).toHaveLength(rec.actions.length);
    const priorities = within(checklist)
      .getAllByText(/priority$/)
      .map((node) => node.textContent);
    expect(priorities).toEqual([...priorities].sort((a, b) => ['High priority', 'Medium priority', 'Low priority'].indexOf(a ?? '') - ['High priority', 'Medium priority', 'Low priority'].indexOf(b ?? '')));
    expect(within(plan).getByTestId('reasons').children.length).toBe(rec.reasons.length);

    const timeline = await screen.findByTestId('timeline-events', {}, { timeout: 5000 });
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Exam updated');
    expect(screen.getByTestId('timeline-summary')).toHaveTextContent('changed once');
    expect(screen.getByRole('heading', { level: 1, name: 'My plan' })).toBeInTheDocument();
  });

  it('shows the advisor’s pathway and the rules’ pathway when an advisor overrode it', async () => {
    studentWith({
      detail: studentDetail({
        override: { pathway: 'DUAL_IR_DR', reason: 'Honors on the IR rotation.', advisor: { id: 'a', displayName: 'Dr. Dana Reyes' }, createdAt: '2026-04-10T09:00:00.000Z' },
      }),
      timeline: [overridden('2026-04-10T09:00:00.000Z', 'DUAL_IR_DR', 'Honors on the IR rotation.'), ...history],
    });
    expect(await screen.findByTestId('pathway-advisor', {}, { timeout: 5000 })).toHaveTextContent('Your advisor recommends: Integrated IR and DR together');
    expect(screen.getByTestId('pathway-engine')).toHaveTextContent('The advising rules recommend');
  });

  it('logs an exam; the API’s messages appear beside the fields and nothing typed is lost', async () => {
    const user = userEvent.setup();
    const { api } = studentWith();
    api.overrides.set(`${BASE}/exams`, () =>
      apiError(400, 'The request has invalid fields.', 'VALIDATION_FAILED', [{ field: 'score', message: 'score must be between 1 and 300' }]),
    );

    const section = await screen.findByTestId('exams-section', {}, { timeout: 5000 });
    await user.click(within(section).getByRole('button', { name: 'Log an exam' }));
    const score = within(section).getByLabelText('Score');
    await user.type(score, '999');
    await user.click(within(section).getByRole('button', { name: 'Add exam' }));

    expect(await within(section).findByText('Must be between 1 and 300.')).toBeInTheDocument();
    expect(score).toHaveAttribute('aria-invalid', 'true');
    expect(score).toHaveAccessibleDescription(expect.stringContaining('Must be between 1 and 300.'));
    expect(score).toHaveValue('999');
    expect(within(section).getByTestId('form-error')).toHaveTextContent('Some fields need your attention');
    expect(api.callsTo(`${BASE}/exams`)[0].body).toEqual({ exam: 'STEP2CK', result: 'PASS', score: 999, date: null });
  });

  it('a 409 shows the other version, keeps what was typed, and reloads it on request', async () => {
    const user = userEvent.setup();
    const { api } = studentWith();
    const theirs = exam({ score: 247, version: 3 });
    api.overrides.set(`${BASE}/exams/exam-1`, () => json(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'Changed.', current: theirs }));

    const section = await screen.findByTestId('exams-section', {}, { timeout: 5000 });
    await user.click(within(section).getByRole('button', { name: /^Edit exam: Step 2 CK/ }));
    const score = within(section).getByLabelText('Score');
    await user.clear(score);
    await user.type(score, '251');
    await user.click(within(section).getByRole('button', { name: 'Save exam' }));

    const conflict = await within(section).findByTestId('conflict-notice');
    expect(conflict).toHaveTextContent('Someone else changed this record');
    expect(conflict).toHaveTextContent('Step 2 CK: passed, score 247');
    expect(within(section).getByTestId('form-error')).toHaveTextContent('Someone else changed this record');
    expect(score).toHaveValue('251');
    expect(api.callsTo(`${BASE}/exams/exam-1`)[0].body).toMatchObject({ score: 251, version: 2 });

    // Saving again over their version sends the version they saved.
    api.overrides.set(`${BASE}/exams/exam-1`, () => json(200, exam({ score: 251, version: 4 })));
    await user.click(within(conflict).getByRole('button', { name: 'Keep my changes and save again' }));
    await waitFor(() => expect(api.callsTo(`${BASE}/exams/exam-1`)).toHaveLength(2));
    expect(api.callsTo(`${BASE}/exams/exam-1`)[1].body).toMatchObject({ score: 251, version: 3 });
  });

  it('"Reload their version" puts the current values in the form', async () => {
    const user = userEvent.setup();
    const { api } = studentWith();
    api.overrides.set(`${BASE}/exams/exam-1`, () => json(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'Changed.', current: exam({ score: 247, version: 3 }) }));

    const section = await screen.findByTestId('exams-section', {}, { timeout: 5000 });
    await user.click(within(section).getByRole('button', { name: /^Edit exam: Step 2 CK/ }));
    await user.clear(within(section).getByLabelText('Score'));
    await user.type(within(section).getByLabelText('Score'), '251');
    await user.click(within(section).getByRole('button', { name: 'Save exam' }));
    await user.click(await within(section).findByRole('button', { name: 'Reload their version' }));

    expect(within(section).getByLabelText('Score')).toHaveValue('247');
    expect(within(section).queryByTestId('conflict-notice')).not.toBeInTheDocument();
  });

  it('asks "what if" without saving anything and shows what would change', async () => {
    const user = userEvent.setup();
    const { api, writes } = studentWith();
    const answer: WhatIfResult = {
      current: recommendationFor(243),
      whatIf: recommendationFor(258),
      changes: [{ code: 'BAND_CHANGED', band: 'ir', from: 'BORDERLINE', to: 'HIGH', direction: 'UPGRADE', message: 'The IR band would rise to high.' }],
    };
    api.overrides.set(`${BASE}/what-if`, () => json(200, answer));

    const panel = await screen.findByTestId('what-if', {}, { timeout: 5000 });
    await user.type(within(panel).getByLabelText('Step 2 CK score'), '258');
    await user.click(within(panel).getByLabelText('Add a committed letter'));
    await user.click(within(panel).getByRole('button', { name: 'See what would change' }));

    const result = await within(panel).findByTestId('what-if-result');
    expect(await within(result).findByText('IR score band: Borderline → High.')).toBeInTheDocument();
    expect(within(result).getByRole('row', { name: /Score band for IR/ })).toHaveTextContent('BorderlineHigh (changed)');
    expect(api.callsTo(`${BASE}/what-if`)[0].body).toEqual({
      step2ckScore: 258,
      addLetters: [{ writerSpecialty: 'IR', writerInUS: true, status: 'COMMITTED' }],
    });
    expect(writes().map((call) => call.path)).toEqual([`${BASE}/what-if`]);
  });

  it('shows a what-if validation message beside the score', async () => {
    const user = userEvent.setup();
    const { api } = studentWith();
    api.overrides.set(`${BASE}/what-if`, () =>
      apiError(400, 'The what-if change has invalid fields.', 'VALIDATION_FAILED', [{ field: 'step2ckScore', message: 'score must be between 1 and 300' }]),
    );
    const panel = await screen.findByTestId('what-if', {}, { timeout: 5000 });
    await user.type(within(panel).getByLabelText('Step 2 CK score'), '400');
    await user.click(within(panel).getByRole('button', { name: 'See what would change' }));
    expect(await within(panel).findByText('Score must be between 1 and 300.')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Step 2 CK score')).toHaveValue('400');
  });

  it('requests a letter from a mentor of the school', async () => {
    const user = userEvent.setup();
    const { api } = studentWith();
    api.overrides.set(`${BASE}/letters`, (call) => json(201, { ...studentDetail().letters[0], id: 'letter-2', ...(call.body as object) }));

    const section = await screen.findByTestId('letters-section', {}, { timeout: 5000 });
    await user.click(within(section).getByRole('button', { name: 'Request a letter' }));
    await user.selectOptions(await within(section).findByLabelText('Mentor'), 'Dr. Morgan Patel');
    await user.selectOptions(within(section).getByLabelText('Writer’s specialty'), 'Diagnostic Radiology');
    await user.click(within(section).getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(api.callsTo(`${BASE}/letters`)).toHaveLength(1));
    expect(api.callsTo(`${BASE}/letters`)[0].body).toEqual({ mentorId: 'mentor-1', writerSpecialty: 'DR', writerInUS: true, dueDate: null });
  });

  it('shows an error with a retry when the plan cannot be loaded', async () => {
    const api = new FakeAuthApi();
    const { refreshToken } = api.issue('STUDENT');
    api.overrides.set(BASE, () => apiError(500, 'Boom'));
    renderApp({ fetch: api.fetch, path: ROUTES.myPlan, refreshToken });
    expect(await screen.findByRole('heading', { name: 'Your plan could not be loaded' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
