import type { CohortSummary, CohortView, Page, StudentListItem } from '@advising/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAuthApi, json } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { ANA_ATTENTION, ATTENTION_CODES, CY_ATTENTION } from '../attention-fixtures';
import { student } from '../student-fixtures';

const cohort: CohortView = { id: 'c1', name: 'IR/DR applicants, Match 2027', matchYear: 2027, advisors: [{ id: 'a1', displayName: 'Dr. Dana Reyes' }], studentCount: 4, needsAttention: 2, version: 1 };

const students: StudentListItem[] = [
  student({ id: 's1', displayName: 'Ana Lima', step2ck: 231, pathway: 'DR_THEN_IR', pathwayMonthAgo: 'DUAL_IR_DR', flags: ['LOW_STEP2CK'], criticalFlags: 1 }),
  student({ id: 's2', displayName: 'Ben Okafor', step2ck: 258, pathway: 'INTEGRATED_IR', pathwayMonthAgo: 'DUAL_IR_DR' }),
  student({ id: 's3', displayName: 'Cy Park', step2ck: null, pathway: 'DR', target: 'DR', bandDR: 'UNKNOWN', flags: ['STEP2CK_MISSING', 'NO_RESEARCH'] }),
  student({ id: 's4', displayName: 'Dee Quinn', step2ck: 244, pathway: 'DR', overridePathway: 'DUAL_IR_DR' }),
];

const summary: CohortSummary = {
  cohortId: 'c1',
  students: 4,
  byPathway: { DR_THEN_IR: 1, INTEGRATED_IR: 1, DR: 2 },
  byBandIR: { COMPETITIVE: 3, HIGH: 1 },
  byBandDR: { HIGH: 3, UNKNOWN: 1 },
  byFlag: { LOW_STEP2CK: 1, STEP2CK_MISSING: 1, NO_RESEARCH: 1 },
  letters: { byStatus: { REQUESTED: 2, COMMITTED: 1 }, secured: 1, needed: 16, atRisk: 2 },
  rotations: { byOutcome: { HONORS: 1, PENDING: 3 }, completed: 1, total: 4 },
  pathwayChanges: { last30: { upgrades: 1, downgrades: 1 }, last90: { upgrades: 2, downgrades: 1 } },
  needsAttention: [ANA_ATTENTION, CY_ATTENTION],
  acknowledged: 1,
};

function signedIn(path: string, answer: CohortSummary = summary) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue('ADVISOR');
  api.overrides.set('/cohorts', () => json(200, [cohort]));
  api.overrides.set('/cohorts/c1/summary', () => json(200, answer));
  api.overrides.set('/students?cohortId=c1&limit=500&sort=name', () => json(200, { items: students, nextCursor: null, total: students.length } satisfies Page<StudentListItem>));
  return { api, ...renderApp({ fetch: api.fetch, path, refreshToken }) };
}

/** Names in the student table, top to bottom. */
async function tableNames(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /Students of/ });
  const rows = within(table).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('cohort dashboard', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // jsdom lays nothing out: give the table's scroll area a size so the virtualizer renders rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });

  it('shows the tiles, who needs attention and why, and every student', async () => {
    signedIn('/cohorts/c1');
    expect(await screen.findByRole('heading', { level: 1, name: cohort.name }, { timeout: 15_000 })).toBeInTheDocument();
    const tiles = await screen.findByRole('list', { name: 'Cohort at a glance' });
    expect(tiles).toHaveTextContent('Letters secured1 of 16 needed');
    expect(tiles).toHaveTextContent('Rotations completed1 of 4');
    expect(tiles).toHaveTextContent('2 need attention · 1 acknowledged');
    const attention = screen.getByRole('heading', { name: 'Needs attention (2)' }).parentElement as HTMLElement;
    expect(attention).toHaveTextContent('1 acknowledged, waiting for their follow-up date');
    expect(within(attention).getByRole('link', { name: 'Ana Lima' })).toHaveAttribute('href', '/students/s1');
    expect(attention).toHaveTextContent('Act now1 letter overdue');
    expect(await tableNames()).toEqual(['Ana Lima', 'Ben Okafor', 'Cy Park', 'Dee Quinn']);
    await waitFor(() => expect(within(tiles).getByText('2', { selector: '.tile__value' })).toBeInTheDocument()); // students flagged
    expect(screen.getByRole('link', { name: 'Letter board' })).toHaveAttribute('href', '/cohorts/c1/letters');
    expect(screen.getByRole('link', { name: 'Rotation outcomes' })).toHaveAttribute('href', '/cohorts/c1/rotations');
  });

  it('lists who needs attention in the API’s order, each with how urgent and every item in words', async () => {
    signedIn('/cohorts/c1');
    const list = await screen.findByRole('list', { name: 'Students who need attention' });
    const students = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(students.map((li) => within(li).getAllByRole('link')[0]?.textContent)).toEqual(['Ana Lima', 'Cy Park']);

    const [ana, cy] = students as [HTMLElement, HTMLElement];
    expect(within(ana).getByText('Act now')).toBeInTheDocument();
    expect(ana).toHaveTextContent('1 letter overdue');
    expect(ana).toHaveTextContent('A writer has not sent a letter by the date they gave.');
    expect(ana).toHaveTextContent('What to do: Ask the writer for the letter, or help the student line up another writer.');
    // An item less urgent than the student's worst says so; its date reads in words.
    const deadline = within(ana).getByText('Due by 12 March 2027').closest('li') as HTMLElement;
    expect(within(deadline).getByText('Soon')).toBeInTheDocument();
    expect(within(deadline).getByText('12 March 2027', { selector: 'time' })).toHaveAttribute('dateTime', '2027-03-12');
    expect(within(cy).getAllByText('Soon')).toHaveLength(1);
    expect(cy).toHaveTextContent('Date: 20 November 2026');
    expect(within(ana).getByRole('button', { name: 'Acknowledge Ana Lima' })).toBeInTheDocument();

    const text = document.body.textContent ?? '';
    for (const code of ATTENTION_CODES) expect(text).not.toContain(code);
  });

  it('says so when nobody needs attention, and the tile agrees', async () => {
    signedIn('/cohorts/c1', { ...summary, needsAttention: [], acknowledged: 0 });
    expect(await screen.findByRole('heading', { name: 'Needs attention (0)' })).toBeInTheDocument();
    expect(screen.getByText('Nobody needs attention right now.')).toBeInTheDocument();
    expect(screen.queryByText(/acknowledged, waiting/)).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Cohort at a glance' })).toHaveTextContent('0 need attention');
  });

  it('opens with the filters and sort of a shared link', async () => {
    signedIn('/cohorts/c1?flag=ANY&sort=-step2ck');
    expect(await tableNames()).toEqual(['Ana Lima', 'Cy Park']);
    expect(screen.getByRole('combobox', { name: 'Flag' })).toHaveValue('ANY');
    expect(screen.getByRole('columnheader', { name: /Step 2 CK/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('2 of 4 students match')).toBeInTheDocument();
  });

  it('writes every filter to the URL and clears them again', async () => {
    const user = userEvent.setup();
    const { router } = signedIn('/cohorts/c1');
    await tableNames();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pathway' }), 'DR');
    await waitFor(() => expect(router.state.location.search).toBe('?pathway=DR'));
    expect(await tableNames()).toEqual(['Cy Park', 'Dee Quinn']);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'dee');
    await waitFor(() => expect(router.state.location.search).toBe('?pathway=DR&q=dee'));
    expect(await tableNames()).toEqual(['Dee Quinn']);

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flag' }), 'NO_RESEARCH');
    await waitFor(() => expect(router.state.location.search).toBe('?pathway=DR&flag=NO_RESEARCH'));
    expect(await tableNames()).toEqual(['Cy Park']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Score band' }), 'HIGH');
    expect(await screen.findByText('No student matches these filters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await tableNames()).toEqual(['Ana Lima', 'Ben Okafor', 'Cy Park', 'Dee Quinn']);
  });

  it('sorts by a column, reverses on a second click, and keeps the sort in the URL', async () => {
    const user = userEvent.setup();
    const { router } = signedIn('/cohorts/c1');
    await tableNames();

    await user.click(screen.getByRole('button', { name: /Step 2 CK/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=step2ck'));
    // No score yet sorts last in both directions.
    expect(await tableNames()).toEqual(['Ana Lima', 'Dee Quinn', 'Ben Okafor', 'Cy Park']);

    await user.click(screen.getByRole('button', { name: /Step 2 CK/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-step2ck'));
    expect(await tableNames()).toEqual(['Ben Okafor', 'Dee Quinn', 'Ana Lima', 'Cy Park']);

    await user.click(screen.getByRole('button', { name: /Since last month/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=change'));
    expect((await tableNames())[0]).toBe('Ana Lima');
  });

  it('shows the change since last month and an override beside the engine pathway', async () => {
    signedIn('/cohorts/c1');
    const table = await screen.findByRole('table', { name: /Students of/ });
    const row = (name: string) => within(table).getByRole('link', { name }).closest('tr') as HTMLElement;
    expect(row('Ana Lima')).toHaveTextContent('Down from Dual IR + DR');
    expect(row('Ben Okafor')).toHaveTextContent('Up from Dual IR + DR');
    expect(row('Cy Park')).toHaveTextContent('No change since last month');
    expect(row('Dee Quinn')).toHaveTextContent('Dual IR + DR override');
    expect(row('Dee Quinn')).toHaveTextContent('Engine: Diagnostic Radiology');
  });
});
