import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROUTES } from '@advising/contracts';
import { AdminCohortsPage, AdminUsersPage, CohortImportPage } from '../pages/admin.page';
import { expect, test, urlPath } from '../support/fixtures';

const HEADER =
  'email,displayName,applicantType,target,graduationYear,applicationYear,needsVisa,homeProgramHasIR,previousApplications,step1Result,step1Score,step2ckResult,step2ckScore,step2ckDate';

test.describe('admin', () => {
  test('imports students into a cohort after a dry run, and the new students appear', async ({ page, signInPage, shell, a11y }, testInfo) => {
    const cohorts = new AdminCohortsPage(page);
    const importer = new CohortImportPage(page);
    const users = new AdminUsersPage(page);
    const tag = Date.now().toString(36);
    const ana = { email: `ana.lima.${tag}@demo-med.edu`, name: `Ana Lima ${tag}` };
    const ben = { email: `ben.okafor.${tag}@demo-med.edu`, name: `Ben Okafor ${tag}` };
    const good = [
      HEADER,
      `${ana.email},${ana.name},US_MD,IR,2027,2026,false,true,0,PASS,,PASS,251,2026-06-20`,
      `${ben.email},${ben.name},US_IMG,DR,2025,2026,true,false,1,PASS,,PASS,238,2026-05-02`,
    ].join('\n');
    const withErrors = [
      HEADER,
      `${ana.email},${ana.name},US_MD,IR,2027,2026,false,true,0,PASS,,PASS,251,2026-06-20`,
      `${ben.email},${ben.name},ALIEN,XR,2025,2026,true,false,1,PASS,,PASS,999,2026-05-02`,
    ].join('\n');

    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.ADMIN.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.users));
    await expect(users.heading).toBeVisible();
    await a11y.check('admin users');

    await shell.openNavItem('Cohorts');
    await cohorts.expectLoaded();
    await a11y.check('admin cohorts');
    const cohortName = (await cohorts.cohorts.first().getByRole('heading', { level: 3 }).innerText()).trim();
    const countBefore = Number(await cohorts.studentCount(cohortName).innerText());

    await cohorts.openImport(cohortName);
    await expect(page).toHaveURL(/\/admin\/cohorts\/[0-9a-f-]+\/import$/);
    await importer.expectLoaded(cohortName);
    await expect(page.getByTestId('import-header')).toHaveText(HEADER);
    await expect(importer.importButton).toBeDisabled();
    await a11y.check('admin import');

    // A dry run of a file with a bad row: per-row results, and no way to import yet.
    await importer.chooseFile('students-with-errors.csv', withErrors);
    await importer.dryRunButton.click();
    await expect(importer.preview).toBeVisible();
    await expect(importer.previewRows).toHaveCount(2);
    await expect(importer.row(2)).toContainText(ana.email);
    await expect(importer.row(2)).toContainText('Ready');
    await expect(importer.row(3)).toContainText(ben.email);
    await expect(importer.row(3)).toContainText('applicantType');
    await expect(importer.row(3)).toContainText('target');
    await expect(importer.importButton).toBeDisabled();
    await a11y.check('admin import dry run with errors');

    // The corrected file: every row ready, then the real import.
    await importer.chooseFile('students.csv', good);
    await importer.dryRunButton.click();
    await expect(importer.row(3)).toContainText('Ready');
    await expect(importer.row(2)).toContainText('Ready');
    await expect(importer.preview).toContainText('would create 2 and update 0');
    await expect(importer.importButton).toHaveText('Import 2 students');
    await a11y.check('admin import dry run clean');
    await page.screenshot({ path: testInfo.outputPath('admin-import-preview.png'), fullPage: true });
    await testInfo.attach('admin-import-preview.png', { path: testInfo.outputPath('admin-import-preview.png'), contentType: 'image/png' });

    await importer.importButton.click();
    await expect(importer.outcome).toContainText(`Imported into ${cohortName}: 2 created, 0 updated.`);
    await a11y.check('admin import done');
    await page.screenshot({ path: testInfo.outputPath('admin-import-done.png'), fullPage: true });
    await testInfo.attach('admin-import-done.png', { path: testInfo.outputPath('admin-import-done.png'), contentType: 'image/png' });

    // The cohort counts them, and the users list has them as students.
    await importer.outcome.getByRole('link', { name: 'Back to cohorts' }).click();
    await cohorts.expectLoaded();
    await expect(cohorts.studentCount(cohortName)).toHaveText(String(countBefore + 2));

    await users.goto(`?q=${tag}`);
    await expect(users.row(ana.email)).toContainText('Student');
    await expect(users.row(ben.email)).toContainText(ben.name);
    await expect(users.search).toHaveValue(tag);
    await a11y.check('admin users after import');

    // The audit log records the import.
    await shell.openNavItem('Audit log');
    await page.getByLabel('Action').selectOption({ label: 'Students imported into a cohort' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]action=cohort\.imported/);
    await expect(page.getByTestId('audit-row').first()).toContainText('Students imported into a cohort');
    await expect(page.getByTestId('audit-row').first()).toContainText(DEMO_ACCOUNTS.ADMIN.displayName);
    await a11y.check('admin audit log');
  });
});
