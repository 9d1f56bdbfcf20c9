import { expect, type Locator, type Page } from '@playwright/test';

/** A cohort's dashboard: tiles, charts, who needs attention, and the student table with its filters. */
export class CohortDashboardPage {
  readonly heading: Locator;
  readonly tiles: Locator;
  readonly charts: Locator;
  readonly attention: Locator;
  readonly attentionHeading: Locator;
  readonly attentionEntries: Locator;
  readonly acknowledgedLine: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly pathwayFilter: Locator;
  readonly bandFilter: Locator;
  readonly flagFilter: Locator;
  readonly resultCount: Locator;
  readonly studentTable: Locator;
  readonly studentRows: Locator;
  readonly exportButton: Locator;
  readonly sectionNav: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.tiles = page.getByRole('list', { name: 'Cohort at a glance' });
    this.charts = page.locator('figure.chart');
    this.attention = page.getByRole('list', { name: 'Students who need attention' });
    this.attentionHeading = page.getByRole('heading', { level: 2, name: /^Needs attention \(\d+\)$/ });
    this.attentionEntries = this.attention.locator(':scope > li');
    this.acknowledgedLine = page.getByText(/acknowledged, waiting for their follow-up date$/);
    this.filters = page.getByRole('search', { name: 'Filter students' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search' });
    this.pathwayFilter = this.filters.getByRole('combobox', { name: 'Pathway' });
    this.bandFilter = this.filters.getByRole('combobox', { name: 'Score band' });
    this.flagFilter = this.filters.getByRole('combobox', { name: 'Flag' });
    this.resultCount = page.locator('.result-count');
    this.studentTable = page.getByRole('table', { name: /Students of/ });
    this.studentRows = this.studentTable.locator('tbody tr');
    this.exportButton = page.getByRole('button', { name: 'Export CSV' });
    this.sectionNav = page.getByRole('navigation', { name: 'Cohort sections' });
  }

  async expectLoaded(cohortName: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveText(cohortName);
    await expect(this.tiles).toBeVisible();
    await expect(this.studentRows.first()).toBeVisible();
    await expect(this.resultCount).not.toContainText('loading');
    await expect(this.charts).toHaveCount(5);
  }

  /** N of "Needs attention (N)". */
  async attentionCount(): Promise<number> {
    const text = (await this.attentionHeading.textContent()) ?? '';
    const match = /\((\d+)\)/.exec(text);
    if (match === null) throw new Error(`No count in the needs-attention heading: "${text}"`);
    return Number(match[1]);
  }

  /** M of "M acknowledged, waiting for their follow-up date", 0 when the line is not shown. */
  async acknowledgedCount(): Promise<number> {
    if ((await this.acknowledgedLine.count()) === 0) return 0;
    return Number(/^(\d+)/.exec((await this.acknowledgedLine.textContent()) ?? '')?.[1] ?? 0);
  }

  /** One student's card on the needs-attention list. */
  attentionEntry(name: string): Locator {
    return this.attentionEntries.filter({ has: this.attention.page().getByRole('link', { name, exact: true }) });
  }

  /** The inline Acknowledge form of a student (open it first). */
  acknowledgeForm(name: string): Locator {
    return this.attentionEntry(name).getByRole('form', { name: `Acknowledge ${name}` });
  }

  /** Opens the Acknowledge form of a student. */
  async openAcknowledgeForm(name: string): Promise<Locator> {
    await this.attentionEntry(name).getByRole('button', { name: `Acknowledge ${name}` }).click();
    const form = this.acknowledgeForm(name);
    await expect(form).toBeVisible();
    return form;
  }

  /** Fills the open Acknowledge form of a student and saves. */
  async saveAcknowledgement(name: string, note: string, followUpOn: string): Promise<void> {
    const form = this.acknowledgeForm(name);
    await form.getByRole('textbox', { name: 'Note' }).fill(note);
    await form.getByLabel('Follow-up date').fill(followUpOn);
    await form.getByRole('button', { name: 'Save' }).click();
  }

  /** Filter to students with at least one flag ("Flagged (any flag)"), or one flag by its label. */
  async filterByFlag(label = 'Flagged (any flag)'): Promise<void> {
    await this.flagFilter.selectOption({ label });
  }

  /** Names in the table as shown (the rows rendered on screen). */
  async visibleStudentNames(): Promise<string[]> {
    return this.studentRows.locator('td:first-child a').allTextContents();
  }

  async openStudent(name: string): Promise<void> {
    await this.studentTable.getByRole('link', { name, exact: true }).click();
  }

  async openSection(label: 'Dashboard' | 'Letter board' | 'Rotation outcomes'): Promise<void> {
    await this.sectionNav.getByRole('link', { name: label }).click();
  }
}
