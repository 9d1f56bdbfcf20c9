import { expect, type Locator, type Page } from '@playwright/test';
import { routePath, ROUTES } from '@advising/contracts';

/** An advisor's page for one student: recommendation with reasons, timeline, record, override, the latest needs-attention acknowledgement and notes. */
export class StudentRecordPage {
  readonly heading: Locator;
  readonly recommendation: Locator;
  readonly reasons: Locator;
  readonly timeline: Locator;
  readonly timelineEvents: Locator;
  readonly timelineChart: Locator;
  readonly override: Locator;
  readonly notes: Locator;
  readonly acknowledgement: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.recommendation = page.getByTestId('recommendation');
    this.reasons = page.getByTestId('reasons').locator(':scope > li');
    this.timeline = page.getByTestId('timeline');
    this.timelineEvents = page.getByTestId('timeline-events').locator(':scope > li');
    this.timelineChart = page.getByTestId('timeline-chart');
    this.override = page.getByTestId('override-section');
    this.notes = page.getByTestId('notes-section');
    this.acknowledgement = page.getByTestId('acknowledgement');
  }

  async goto(studentId: string): Promise<void> {
    await this.page.goto(routePath(ROUTES.student, { studentId }));
    await expect(this.recommendation).toBeVisible();
  }
}
