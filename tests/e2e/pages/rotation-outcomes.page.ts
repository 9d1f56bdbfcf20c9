import { type Locator, type Page } from '@playwright/test';

/** A cohort's rotation outcomes, by student and by site. */
export class RotationOutcomesPage {
  readonly heading: Locator;
  readonly totals: Locator;
  readonly byStudent: Locator;
  readonly bySite: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.totals = page.locator('.outcome-totals');
    this.byStudent = page.getByRole('region', { name: 'By student' }).getByRole('table');
    this.bySite = page.getByRole('region', { name: 'By site' }).getByRole('table');
  }
}
