import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROUTES } from '@advising/contracts';
import { CohortDashboardPage } from '../pages/cohort-dashboard.page';
import { CohortsPage } from '../pages/cohorts.page';
import { LetterBoardPage } from '../pages/letter-board.page';
import { RotationOutcomesPage } from '../pages/rotation-outcomes.page';
import { expect, test, urlPath } from '../support/fixtures';

const COHORT = /Match 2027/;

test.describe('advisor', () => {
  test('opens the Match 2027 cohort, filters to flagged students, reads one, and checks letters and rotations', async ({ page, signInPage, a11y }, testInfo) => {
    const cohorts = new CohortsPage(page);
    const dashboard = new CohortDashboardPage(page);
    const board = new LetterBoardPage(page);
    const rotations = new RotationOutcomesPage(page);

    await signInPage.goto();
    await a11y.check('advisor sign-in');
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.cohorts));
    await cohorts.expectShown();
    await expect(cohorts.cohortLink(COHORT)).toBeVisible();
    await a11y.check('advisor cohorts');

    // The cohort dashboard: tiles, charts (with their text alternatives), needs attention, the table.
    await cohorts.openCohort(COHORT);
    await dashboard.expectLoaded(COHORT);
    await expect(dashboard.tiles).toContainText('Students');
    await expect(page.locator('figure.chart table')).toHaveCount(5);
    await a11y.check('advisor cohort dashboard');
    await page.screenshot({ path: testInfo.outputPath('cohort-dashboard.png'), fullPage: true });
    await testInfo.attach('cohort-dashboard.png', { path: testInfo.outputPath('cohort-dashboard.png'), contentType: 'image/png' });

    // Filter to flagged students: the filter goes into the URL, and every row shown has a flag.
    const allCount = await dashboard.studentRows.count();
    await dashboard.filterByFlag();
    await expect(page).toHaveURL(/[?&]flag=ANY/);
    await expect(dashboard.resultCount).toContainText('students match');
    const names = await dashboard.visibleStudentNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(allCount);
    await expect(dashboard.studentRows.locator('td:last-child').filter({ hasText: 'No flags' })).toHaveCount(0);
    await a11y.check('advisor flagged students');

    // The shared link reproduces the view.
    const filteredUrl = page.url();
    await page.goto(filteredUrl);
    await expect(dashboard.flagFilter).toHaveValue('ANY');
    await expect(dashboard.studentRows.first()).toBeVisible();

    // Open one flagged student: their page shows the name, and the reasons and the timeline.
    const student = (await dashboard.visibleStudentNames())[0];
    if (student === undefined) throw new Error('no flagged student to open');
    await dashboard.openStudent(student);
    await expect(page).toHaveURL(/\/students\/[0-9a-f-]+/);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(student);
    const why = page.getByRole('heading', { name: 'Why' });
    if ((await why.count()) > 0) await expect(why).toBeVisible();
    const timeline = page.getByRole('heading', { name: 'Recommendation timeline' });
    if ((await timeline.count()) > 0) await expect(timeline).toBeVisible();
    await a11y.check('advisor student page');
    await page.screenshot({ path: testInfo.outputPath('student-page.png'), fullPage: true });

    // Back to the filtered dashboard, then the letter board.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]flag=ANY/);
    await expect(dashboard.heading).toHaveText(COHORT);
    await dashboard.openSection('Letter board');
    await expect(board.heading).toHaveText(/^Letter board: .*Match 2027/);
    for (const column of board.columns()) await expect(column).toBeVisible();
    await expect(board.cards.first()).toBeVisible();
    await expect(board.summary).toContainText('overdue');
    await a11y.check('advisor letter board');

    // Filter the board to the demo mentor: every card left is theirs.
    await board.filterByWriter(DEMO_ACCOUNTS.MENTOR.displayName);
    await expect(page).toHaveURL(/[?&]mentor=/);
    const writers = await board.cards.locator('.letter-card__writer').allTextContents();
    for (const writer of writers) expect(writer).toContain(DEMO_ACCOUNTS.MENTOR.displayName);

    // Rotation outcomes by student and by site.
    await dashboard.openSection('Rotation outcomes');
    await expect(rotations.heading).toHaveText(/^Rotation outcomes: .*Match 2027/);
    await expect(rotations.totals).toContainText('rotations');
    await expect(rotations.byStudent.getByRole('row').nth(1)).toBeVisible();
    await expect(rotations.bySite.getByRole('row').nth(1)).toBeVisible();
    await a11y.check('advisor rotation outcomes');
  });
});
