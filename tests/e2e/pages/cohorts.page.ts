import { expect, type Locator, type Page } from '@playwright/test';
import { ROUTES } from '@advising/contracts';

/** The cohort list (advisors: the cohorts they advise; admins: every cohort). */
export class CohortsPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Cohorts' });
    this.table = page.getByRole('table');
  }

  async goto(): Promise<void> {
    await this.page.goto(ROUTES.cohorts);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  cohortLink(name: string | RegExp): Locator {
    return this.table.getByRole('link', { name });
  }

  async openCohort(name: string | RegExp): Promise<void> {
    await this.cohortLink(name).click();
  }
}
