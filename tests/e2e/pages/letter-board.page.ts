import { type Locator, type Page } from '@playwright/test';
import { LETTER_STATUSES } from '@advising/contracts';

type LetterStatus = (typeof LETTER_STATUSES)[number];

const TITLES: Record<LetterStatus, string> = { REQUESTED: 'Requested', COMMITTED: 'Committed', SUBMITTED: 'Submitted', DECLINED: 'Declined' };

/** A cohort's letter board: one column per letter status. */
export class LetterBoardPage {
  readonly heading: Locator;
  readonly writerFilter: Locator;
  readonly summary: Locator;
  readonly cards: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.writerFilter = page.getByRole('combobox', { name: 'Writer' });
    this.summary = page.locator('.board-summary');
    this.cards = page.getByTestId('letter-card');
  }

  column(status: LetterStatus): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${TITLES[status]} \\(\\d+\\)$`) });
  }

  columns(): Locator[] {
    return LETTER_STATUSES.map((s) => this.column(s));
  }

  cardsIn(status: LetterStatus): Locator {
    return this.column(status).getByTestId('letter-card');
  }

  async filterByWriter(label: string): Promise<void> {
    await this.writerFilter.selectOption({ label });
  }
}
