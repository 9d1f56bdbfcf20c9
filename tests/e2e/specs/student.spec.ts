import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROUTES, type StudentListItem, type Page as ListPage, type TokenPair } from '@advising/contracts';
import { format } from 'date-fns';
import { MyPlanPage } from '../pages/my-plan.page';
import { StudentRecordPage } from '../pages/student-record.page';
import { expect, test, urlPath } from '../support/fixtures';

test.describe('the student’s plan', () => {
  test('a student corrects their Step 2 CK score and sees the plan and its history change; a second pass is refused; what-if saves nothing', async ({ page, signInPage, a11y }, testInfo) => {
    const plan = new MyPlanPage(page);
    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.STUDENT.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.myPlan));
    await plan.expectLoaded();
    await expect(plan.actions.first()).toBeVisible();
    await expect(plan.lettersSecured).toContainText(/\d+ of \d+ secured/);
    await a11y.check('student my plan');

    const bandBefore = (await plan.bandIR.textContent()) ?? '';
    const watchBefore = (await plan.watchList.textContent()) ?? '';
    const entriesBefore = await plan.timelineEvents.count();

    // What if: a score in another band, without saving anything (the demo data may move on, so pick by today's band).
    const alreadyHigh = bandBefore === 'High';
    await plan.askWhatIf(alreadyHigh ? '238' : '258');
    await expect(plan.whatIfResult).toContainText('What would change');
    await expect(plan.whatIfRow('Score band for IR')).toContainText(alreadyHigh ? 'Borderline (changed)' : 'High (changed)');
    await a11y.check('student what-if');
    await page.reload();
    await plan.expectLoaded();
    await expect(plan.timelineEvents).toHaveCount(entriesBefore);
    await expect(plan.bandIR).toHaveText(bandBefore);

    // A second pass of one exam is refused, with the reason beside the field and nothing saved.
    await plan.logExamRefused({ name: 'Step 2 CK', result: 'Passed', score: '262', date: format(new Date(), 'yyyy-MM-dd') }, /already passed/);

    // The score for real: the student corrects the Step 2 CK result they logged, into another band.
    const corrected = alreadyHigh ? '238' : '262';
    await plan.correctExamScore('Step 2 CK', corrected);

    await expect(plan.exams).toContainText(`Step 2 CK: passed, score ${corrected}`);
    await expect(plan.timelineEvents).toHaveCount(entriesBefore + 1);
    const newest = plan.timelineEvents.first();
    await expect(newest).toContainText('Exam updated');
    await expect(newest).toContainText(DEMO_ACCOUNTS.STUDENT.displayName);
    await expect(newest.getByRole('listitem').first()).toBeVisible();
    await expect(plan.bandIR).toHaveText(alreadyHigh ? 'Borderline' : 'High');
    // The plan itself changed: the score band, or what to watch.
    await expect.poll(async () => `${(await plan.bandIR.textContent()) ?? ''}|${(await plan.watchList.textContent()) ?? ''}`).not.toBe(`${bandBefore}|${watchBefore}`);
    await a11y.check('student plan after new score');

    const shot = testInfo.outputPath('student-plan.png');
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach('student-plan.png', { path: shot, contentType: 'image/png' });

    // The record downloads as a JSON file.
    const [download] = await Promise.all([page.waitForEvent('download'), plan.downloadButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^my-record-\d{4}-\d{2}-\d{2}\.json$/);
  });

  test('My plan works on a phone @phone', async ({ page, signInPage, shell, a11y }, testInfo) => {
    const plan = new MyPlanPage(page);
    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.STUDENT.email, DEMO_PASSWORD);
    await plan.expectLoaded();
    expect(await shell.overflowsHorizontally()).toBe(false);
    await a11y.check('student my plan phone');

    await plan.askWhatIf('250');
    expect(await shell.overflowsHorizontally()).toBe(false);
    await plan.exams.getByRole('button', { name: 'Log an exam' }).click();
    await expect(plan.exams.getByRole('form', { name: 'New exam' })).toBeVisible();
    expect(await shell.overflowsHorizontally()).toBe(false);
    await a11y.check('student forms phone');

    const shot = testInfo.outputPath('student-plan-phone.png');
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach('student-plan-phone.png', { path: shot, contentType: 'image/png' });
  });
});

test.describe('the advisor’s student page', () => {
  test('shows each reason with its rule and source, and the timeline', async ({ page, request, signInPage, a11y }, testInfo) => {
    // Find the demo student's id through the API, then open the page directly.
    const login = await request.post('/api/auth/login', { data: { email: DEMO_ACCOUNTS.ADVISOR.email, password: DEMO_PASSWORD } });
    expect(login.ok()).toBe(true);
    const { accessToken } = (await login.json()) as TokenPair;
    const list = await request.get(`/api/students?q=${encodeURIComponent(DEMO_ACCOUNTS.STUDENT.displayName)}`, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(list.ok()).toBe(true);
    const body = (await list.json()) as ListPage<StudentListItem> | StudentListItem[];
    const items = Array.isArray(body) ? body : body.items;
    const student = items.find((item) => item.email === DEMO_ACCOUNTS.STUDENT.email);
    expect(student, 'the demo student is in the advisor’s list').toBeDefined();

    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.cohorts));

    const record = new StudentRecordPage(page);
    await record.goto(student?.id ?? '');
    await expect(record.heading).toHaveText(DEMO_ACCOUNTS.STUDENT.displayName);
    await expect(record.reasons.first()).toContainText(/Rule \S+/);
    await expect(record.reasons.first()).toContainText(/Source: [A-Z][^;]+, section “/);
    await record.reasons.first().getByText('About this rule').click();
    await expect(record.reasons.first().locator('details p').first()).toBeVisible();
    // The chart is drawn when it comes into view, as the reader scrolls to it (its summary is right below it).
    await record.timeline.getByTestId('timeline-summary').scrollIntoViewIfNeeded();
    await expect(record.timelineChart).toBeVisible();
    await expect(record.timeline.getByTestId('timeline-summary')).toContainText('recommended pathway');
    expect(await record.timelineEvents.count()).toBeGreaterThan(3);
    await expect(record.notes).toBeVisible();
    await a11y.check('advisor student page');

    const shot = testInfo.outputPath('advisor-student-timeline.png');
    await record.timeline.screenshot({ path: shot });
    await testInfo.attach('advisor-student-timeline.png', { path: shot, contentType: 'image/png' });
  });
});
