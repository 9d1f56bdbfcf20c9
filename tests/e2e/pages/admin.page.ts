import { expect, type Locator, type Page } from '@playwright/test';
import { ROUTES } from '@advising/contracts';

/** The admin's cohorts page: one card per cohort with its actions and its import link. */
export class AdminCohortsPage {
  readonly heading: Locator;
  readonly cohorts: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Cohorts' });
    this.cohorts = page.getByTestId('admin-cohort');
  }

  async goto(): Promise<void> {
    await this.page.goto(ROUTES.adminCohorts);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.cohorts.first()).toBeVisible();
  }

  cohort(name: string | RegExp): Locator {
    return this.cohorts.filter({ has: this.page.getByRole('heading', { level: 3, name }) });
  }

  studentCount(name: string | RegExp): Locator {
    return this.cohort(name).getByTestId('cohort-student-count');
  }

  async openImport(name: string | RegExp): Promise<void> {
    await this.cohort(name).getByRole('link', { name: /Import students from CSV/ }).click();
  }
}

/** A cohort's CSV import: choose or paste the file, dry run, preview, import. */
export class CohortImportPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly textArea: Locator;
  readonly templateLink: Locator;
  readonly dryRunButton: Locator;
  readonly importButton: Locator;
  readonly preview: Locator;
  readonly previewRows: Locator;
  readonly outcome: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.fileInput = page.getByLabel('CSV file');
    this.textArea = page.getByLabel('Or paste the CSV here');
    this.templateLink = page.getByRole('link', { name: 'Download the template (CSV)' });
    this.dryRunButton = page.getByRole('button', { name: 'Check the file (dry run)' });
    this.importButton = page.getByRole('button', { name: /^Import( \d+ students?)?$/ });
    this.preview = page.getByTestId('import-preview');
    this.previewRows = page.getByTestId('import-row');
    this.outcome = page.getByTestId('import-outcome');
    this.error = page.getByRole('main').getByRole('alert');
  }

  async expectLoaded(cohortName: string | RegExp): Promise<void> {
    await expect(this.heading).toContainText('Import students');
    await expect(this.heading).toContainText(cohortName);
    await expect(this.dryRunButton).toBeVisible();
  }

  async chooseFile(name: string, csv: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(this.textArea).toHaveValue(csv);
  }

  row(rowNumber: number): Locator {
    return this.previewRows.filter({ has: this.page.getByRole('rowheader', { name: String(rowNumber), exact: true }) });
  }
}

/** The admin's user list. */
export class AdminUsersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly roleFilter: Locator;
  readonly applyFilters: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Users' });
    this.search = page.getByLabel('Name or email');
    this.roleFilter = page.getByRole('search').getByLabel('Role');
    this.applyFilters = page.getByRole('button', { name: 'Apply filters' });
    this.rows = page.getByRole('main').getByRole('table').getByRole('row');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${ROUTES.users}${query}`);
    await expect(this.heading).toBeVisible();
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}
