import { expect, type Locator, type Page } from '@playwright/test';
import { ROUTES } from '@advising/contracts';

/** The mentor's letter requests: one card per request, most urgent first. */
export class LetterRequestsPage {
  readonly heading: Locator;
  readonly cards: Locator;
  readonly summary: Locator;
  readonly announcement: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Letter requests' });
    this.cards = page.getByTestId('letter-request');
    this.summary = page.getByRole('list', { name: 'Summary' });
    this.announcement = page.getByRole('main').getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto(ROUTES.letterRequests);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
  }

  /** Cards whose status badge reads exactly `status` (e.g. "Requested"). */
  withStatus(status: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('request-status').filter({ hasText: new RegExp(`^${status}$`) }) });
  }

  card(studentName: string, status?: string): Locator {
    const cards = status === undefined ? this.cards : this.withStatus(status);
    return cards.filter({ has: this.page.getByRole('heading', { level: 3, name: studentName, exact: true }) });
  }

  async studentOf(card: Locator): Promise<string> {
    return (await card.getByRole('heading', { level: 3 }).innerText()).trim();
  }

  /** Each card's due label: how pressing it is (`overdue`, `due-soon`…) and what it says. */
  async dueLabels(): Promise<{ kind: string; text: string }[]> {
    return this.cards.getByTestId('due-label').evaluateAll((labels) =>
      labels.map((label) => ({ kind: label.getAttribute('data-due') ?? '', text: (label.textContent ?? '').replace(/^!/, '').trim() })),
    );
  }

  async commit(card: Locator, dueDate: string, note?: string): Promise<void> {
    const student = await this.studentOf(card);
    await card.getByRole('button', { name: `Commit to write for ${student}` }).click();
    const form = card.getByRole('form', { name: `Commit to write for ${student}` });
    await form.getByLabel('Due date').fill(dueDate);
    if (note !== undefined) await form.getByLabel('Private note (optional)').fill(note);
  }

  async submitCommit(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Commit', exact: true }).click();
  }
}
