import { expect, type Locator, type Page } from '@playwright/test';
import { ROUTES } from '@advising/contracts';

/** The student's own plan: recommendation, what-if, history and the record forms. */
export class MyPlanPage {
  readonly heading: Locator;
  readonly recommendation: Locator;
  readonly enginePathway: Locator;
  readonly bandIR: Locator;
  readonly actions: Locator;
  readonly watchList: Locator;
  readonly lettersSecured: Locator;
  readonly timeline: Locator;
  readonly timelineEvents: Locator;
  readonly timelineSummary: Locator;
  readonly exams: Locator;
  readonly whatIf: Locator;
  readonly whatIfResult: Locator;
  readonly downloadButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My plan' });
    this.recommendation = page.getByTestId('recommendation');
    this.enginePathway = this.recommendation.getByTestId('pathway-engine');
    this.bandIR = this.recommendation.getByTestId('band-ir');
    this.actions = this.recommendation.getByTestId('actions').getByRole('listitem');
    this.watchList = this.recommendation.getByRole('region', { name: 'Things to watch' });
    this.lettersSecured = this.recommendation.getByTestId('letters-secured');
    this.timeline = page.getByTestId('timeline');
    this.timelineEvents = page.getByTestId('timeline-events').locator(':scope > li');
    this.timelineSummary = page.getByTestId('timeline-summary');
    this.exams = page.getByTestId('exams-section');
    this.whatIf = page.getByTestId('what-if');
    this.whatIfResult = page.getByTestId('what-if-result');
    this.downloadButton = page.getByRole('button', { name: 'Download my record' });
  }

  async goto(): Promise<void> {
    await this.page.goto(ROUTES.myPlan);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.recommendation).toBeVisible();
    await expect(this.timelineEvents.first()).toBeVisible();
  }

  /** Try to log an exam the record cannot take: the reason shows beside the Result field, and the form stays open. */
  async logExamRefused(exam: { name: string; result: string; score: string; date: string }, reason: RegExp): Promise<void> {
    await this.exams.getByRole('button', { name: 'Log an exam' }).click();
    const form = this.exams.getByRole('form', { name: 'New exam' });
    await form.getByLabel('Exam').selectOption({ label: exam.name });
    await form.getByLabel('Result').selectOption({ label: exam.result });
    await form.getByLabel('Score').fill(exam.score);
    await form.getByLabel('Date taken or scheduled').fill(exam.date);
    await form.getByRole('button', { name: 'Add exam' }).click();
    await expect(form).toContainText(reason);
    await expect(form.getByText('nothing was saved')).toBeVisible();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  }

  /** Correct the score of an exam already logged (a passed exam is logged once: a new result corrects it). */
  async correctExamScore(examName: string, score: string): Promise<void> {
    await this.exams.getByRole('button', { name: new RegExp(`^Edit exam: ${examName}`) }).first().click();
    const form = this.exams.getByRole('form', { name: 'Edit exam' });
    await form.getByLabel('Score').fill(score);
    await form.getByRole('button', { name: 'Save exam' }).click();
    await expect(form).toBeHidden();
  }

  async askWhatIf(step2ckScore: string): Promise<void> {
    await this.whatIf.getByLabel('Step 2 CK score').fill(step2ckScore);
    await this.whatIf.getByRole('button', { name: 'See what would change' }).click();
    await expect(this.whatIfResult.getByRole('heading', { level: 3 })).toBeVisible();
  }

  whatIfRow(label: string): Locator {
    return this.whatIfResult.getByRole('row', { name: new RegExp(`^${label}`) });
  }
}
