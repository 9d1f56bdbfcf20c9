import { ATTENTION_SEVERITY_LABELS, DEMO_ACCOUNTS, DEMO_PASSWORD, ROUTES } from '@advising/contracts';
import { CohortDashboardPage } from '../pages/cohort-dashboard.page';
import { CohortsPage } from '../pages/cohorts.page';
import { StudentRecordPage } from '../pages/student-record.page';
import { expect, test, urlPath } from '../support/fixtures';

const COHORT = /Match 2027/;
/** Codes that must never reach a screen: severities and flag or item codes. */
const CODES = /\b(CRITICAL|WARNING)\b|\b[A-Z0-9]+_[A-Z0-9_]+\b|\b(letters|flag|deadline|pathway):[A-Za-z-]/;

/** Today plus `days` (UTC, as the server counts), as YYYY-MM-DD and in words. */
function dayFromToday(days: number): { iso: string; words: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  return {
    iso: date.toISOString().slice(0, 10),
    words: date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}

test.describe('advisor closes the loop on needs attention', () => {
  test('reads the needs-attention list in words, acknowledges a student who then leaves the list, and sees it on their page', async ({ page, signInPage, a11y }) => {
    const cohorts = new CohortsPage(page);
    const dashboard = new CohortDashboardPage(page);
    const studentPage = new StudentRecordPage(page);

    await signInPage.goto();
    await signInPage.signIn(DEMO_ACCOUNTS.ADVISOR.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(urlPath(ROUTES.cohorts));
    await cohorts.openCohort(COHORT);
    await dashboard.expectLoaded(COHORT);

    // The demo data has students who need attention: each in words, with what to do.
    const before = await dashboard.attentionCount();
    expect(before, 'the demo cohort should have someone on the needs-attention list').toBeGreaterThan(0);
    await expect(dashboard.tiles).toContainText(`${before} need attention`);
    const acknowledgedBefore = await dashboard.acknowledgedCount();
    await expect(dashboard.attentionEntries).toHaveCount(Math.min(before, 8));
    const first = dashboard.attentionEntries.first();
    await expect(first.locator('.attention-item__head')).toContainText(new RegExp(`${ATTENTION_SEVERITY_LABELS.CRITICAL}|${ATTENTION_SEVERITY_LABELS.WARNING}`));
    await expect(first).toContainText('What to do:');
    const listText = (await dashboard.attention.textContent()) ?? '';
    expect(listText).not.toMatch(CODES);
    await a11y.check('needs attention list');

    // Acknowledge the most urgent student with a note and a follow-up date two weeks out.
    const link = first.getByRole('link').first();
    const name = ((await link.textContent()) ?? '').trim();
    const href = await link.getAttribute('href');
    if (href === null || name === '') throw new Error('the first needs-attention entry has no student link');
    const followUp = dayFromToday(14);
    const note = 'Called the writer; the letter is promised for next week.';

    const form = await dashboard.openAcknowledgeForm(name);
    await expect(form.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await expect(form.getByLabel('Follow-up date')).toHaveValue(dayFromToday(7).iso);
    await a11y.check('acknowledge form');
    await dashboard.saveAcknowledgement(name, note, followUp.iso);

    // The student leaves the list; the count, the acknowledged line and the tile follow.
    await expect(dashboard.attentionHeading).toHaveText(`Needs attention (${before - 1})`);
    await expect(dashboard.attentionEntry(name)).toHaveCount(0);
    await expect(dashboard.acknowledgedLine).toHaveText(`${acknowledgedBefore + 1} acknowledged, waiting for their follow-up date`);
    await expect(dashboard.tiles).toContainText(`${before - 1} need attention · ${acknowledgedBefore + 1} acknowledged`);
    await expect(page.getByRole('status').filter({ hasText: `${name} was acknowledged` })).toHaveText(`${name} was acknowledged and leaves the list until ${followUp.words}.`);
    // Focus went on: to the next student, or to the heading when nobody is left.
    if (before > 1) await expect(dashboard.attentionEntries.first().getByRole('link').first()).toBeFocused();
    else await expect(dashboard.attentionHeading).toBeFocused();
    await a11y.check('needs attention after acknowledging');

    // A fresh load agrees: the server keeps the student off the list.
    await page.reload();
    await expect(dashboard.attentionHeading).toHaveText(`Needs attention (${before - 1})`);
    await expect(dashboard.attentionEntry(name)).toHaveCount(0);

    // The student's page shows the acknowledgement: who, the note, until when.
    await page.goto(href);
    await expect(studentPage.heading).toHaveText(name);
    await expect(studentPage.acknowledgement).toBeVisible();
    await expect(studentPage.acknowledgement).toContainText(`Off the needs-attention list until ${followUp.words}`);
    await expect(studentPage.acknowledgement).toContainText(`By ${DEMO_ACCOUNTS.ADVISOR.displayName}`);
    await expect(studentPage.acknowledgement).toContainText(note);
    expect((await studentPage.acknowledgement.textContent()) ?? '').not.toMatch(CODES);
    await a11y.check('student page with acknowledgement');
  });
});
