import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROUTES } from '@advising/contracts';
import { addDays, format } from 'date-fns';
import { CohortsPage } from '../pages/cohorts.page';
import { LetterBoardPage } from '../pages/letter-board.page';
import { LetterRequestsPage } from '../pages/letter-requests.page';
import { expect, test, urlPath } from '../support/fixtures';

test.describe('mentor', () => {
  test('commits to a requested letter with a due date, and the advisor sees it on the letter board', async ({ page, signInPage, shell, a11y }, testInfo) => {
    const requests = new LetterRequestsPage(page);
    const dueDate = addDays(new Date(), 21);
    const dueIso = format(dueDate, 'yyyy-MM-dd');
    const dueText = format(dueDate, 'd MMM yyyy');

    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.MENTOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.letterRequests));
    await requests.expectLoaded();
    await a11y.check('mentor letter requests');

    // Urgent letters first: any overdue or due-soon labels come before the rest, in words.
    const labels = await requests.dueLabels();
    const RANK: Record<string, number> = { overdue: 0, 'due-soon': 1 };
    const ranks = labels.map((label) => RANK[label.kind] ?? 2);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const label of labels) {
      if (label.kind === 'overdue') expect(label.text).toMatch(/^Overdue by \d+ days? \(due /);
      if (label.kind === 'due-soon') expect(label.text).toMatch(/^Due (today|soon: in \d+ days?)/);
    }

    // A request still waiting for an answer, whoever it is from (the demo data may change).
    const requested = requests.withStatus('Requested').first();
    await expect(requested).toBeVisible();
    const student = await requests.studentOf(requested);
    const committedBefore = await requests.card(student, 'Committed').count();

    await requests.commit(requested, dueIso, 'Ask for the CV and personal statement');
    await a11y.check('mentor commit form');
    await requests.submitCommit(requested);

    const committed = requests.card(student, 'Committed');
    await expect(committed).toHaveCount(committedBefore + 1);
    await expect(committed.filter({ hasText: dueText }).first()).toBeVisible();
    await expect(committed.filter({ hasText: dueText }).first().getByTestId('due-label')).toHaveText(`Due ${dueText}`);
    await expect(requests.announcement).toContainText(`You committed to write for ${student}, due ${dueText}.`);
    await a11y.check('mentor letter committed');
    await page.screenshot({ path: testInfo.outputPath('mentor-letter-requests.png'), fullPage: true });
    await testInfo.attach('mentor-letter-requests.png', { path: testInfo.outputPath('mentor-letter-requests.png'), contentType: 'image/png' });

    // The commitment survives a reload: it is the server's.
    await page.reload();
    await requests.expectLoaded();
    await expect(requests.card(student, 'Committed').filter({ hasText: dueText }).first()).toBeVisible();
    await shell.signOut();

    // The advisor's letter board shows the letter as committed, with its due date.
    const cohorts = new CohortsPage(page);
    const board = new LetterBoardPage(page);
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.cohorts));
    await cohorts.expectShown();
    const cohortPaths = await cohorts.table.getByRole('link').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname).filter((path) => /^\/cohorts\/[^/]+$/.test(path)),
    );
    expect(cohortPaths.length).toBeGreaterThan(0);

    let found = false;
    for (const cohortPath of [...new Set(cohortPaths)]) {
      await page.goto(`${cohortPath}/letters`);
      await expect(board.column('COMMITTED')).toBeVisible();
      await board.filterByWriter(DEMO_ACCOUNTS.MENTOR.displayName);
      const card = board.cardsIn('COMMITTED').filter({ hasText: student }).filter({ hasText: `Due ${dueText}` });
      if ((await card.count()) > 0) {
        await expect(card.first()).toBeVisible();
        found = true;
        await a11y.check('advisor letter board after commit');
        await page.screenshot({ path: testInfo.outputPath('advisor-letter-board.png'), fullPage: true });
        await testInfo.attach('advisor-letter-board.png', { path: testInfo.outputPath('advisor-letter-board.png'), contentType: 'image/png' });
        break;
      }
    }
    expect(found, `${student}'s committed letter, due ${dueText}, on one of the advisor's letter boards`).toBe(true);
  });
});
