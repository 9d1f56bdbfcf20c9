import { ARTICLES, RULES } from '@advising/strategy-rules';
import { ROUTES } from '@advising/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeAuthApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { citationCounts, rulesByTopic } from '../sources-model';

function open(role: 'STUDENT' | 'ADVISOR' | 'MENTOR', path: string) {
  const api = new FakeAuthApi();
  const { refreshToken } = api.issue(role);
  return renderApp({ fetch: api.fetch, path, refreshToken });
}

describe('Sources page', () => {
  it('lists the five articles by title with what the platform takes from each, and never a file name', async () => {
    open('STUDENT', ROUTES.sources);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    for (const article of ARTICLES) {
      const heading = screen.getByRole('heading', { level: 3, name: article.title });
      const item = heading.closest('li');
      expect(item).not.toBeNull();
      for (const take of article.takes) expect(within(item as HTMLElement).getByText(take)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 2, name: 'General knowledge' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\.txt|seed/i);
  });

  it('every article is cited by at least one rule', () => {
    const counts = citationCounts(RULES);
    for (const article of ARTICLES) expect(counts.get(article.title)).toBeGreaterThan(0);
  });
});

describe('Rule catalogue', () => {
  it('shows every rule to staff with its summary and sources, and filters by words', async () => {
    const user = userEvent.setup();
    open('ADVISOR', ROUTES.rules);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rule catalogue' })).toBeInTheDocument();
    expect(screen.getAllByTestId('catalogue-rule')).toHaveLength(RULES.length);
    expect(screen.getByRole('status')).toHaveTextContent(`${RULES.length} rules`);
    const step3 = RULES.find((r) => r.id === 'exams.step3');
    const item = screen.getByText('exams.step3').closest('li') as HTMLElement;
    expect(within(item).getByText(step3?.summary ?? '')).toBeInTheDocument();
    expect(item.textContent).toMatch(/USMLE rules \(general knowledge, not from the articles\), section “Step 3 eligibility and score reporting” \(general knowledge\)/);

    await user.type(screen.getByLabelText('Search rules'), 'step 3 eligibility');
    const shown = screen.getAllByTestId('catalogue-rule');
    expect(shown.length).toBeLessThan(RULES.length);
    expect(shown.length).toBe(rulesByTopic(RULES, 'step 3 eligibility').reduce((n, g) => n + g.rules.length, 0));
    expect(screen.getByRole('status')).toHaveTextContent(`${shown.length} of ${RULES.length} rules`);
    expect(document.body.textContent).not.toMatch(/\.txt\b/);
  });

  it('is for staff only: a mentor is told the page is not part of the workspace', async () => {
    open('MENTOR', ROUTES.rules);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available' })).toBeInTheDocument();
  });

  it('groups rules by topic in the order the engine runs them', () => {
    expect(rulesByTopic(RULES, '').map((g) => g.label)).toEqual([
      'Score bands',
      'Red flags',
      'Pathway',
      'Applications',
      'Letters',
      'Exams and timing',
      'Rotations and clinical experience',
      'Research',
      'Program selection',
    ]);
  });
});
