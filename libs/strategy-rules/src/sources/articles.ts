/**
 * The five articles the rules encode, by title, with what the platform takes from each; and the two bodies of general
 * knowledge some rules rest on. Titles are cited as the articles name themselves; nothing else of their text is copied.
 */

export type ArticleId = 'IMG_IR' | 'MD_IR' | 'USIMG_DR' | 'SCORES_IR' | 'USIMG_IR';
export type GeneralSourceId = 'USMLE' | 'CALENDAR';
export type SourceId = ArticleId | GeneralSourceId;

export interface Article {
  readonly id: ArticleId;
  readonly title: string;
  /** How rule summaries refer to it. */
  readonly shortName: string;
  /** Who it is written for. */
  readonly audience: string;
  /** What the platform takes from it, in our words. */
  readonly takes: readonly string[];
}

export interface GeneralSource {
  readonly id: GeneralSourceId;
  readonly title: string;
  readonly takes: readonly string[];
}

export const ARTICLES: readonly Article[] = Object.freeze(
  [
    {
      id: 'IMG_IR',
      title: 'Low Step Score Strategies for International Medical Graduates in Interventional Radiology',
      shortName: 'the IMG IR article',
      audience: 'International medical graduates, above all those who need a visa, aiming at IR with low scores',
      takes: [
        'What counts as a low score for IR, including numeric Step 1 and repeated attempts',
        'The three routes: Integrated IR tried with a wide DR and preliminary backup, DR then ESIR then Independent IR, a medicine year then reapplying',
        'Step 3 before applying after a failure, with borderline scores or for an H-1B visa',
        'Letters from US faculty, US clinical experience, 80-120 or more DR programs, years since graduation',
      ],
    },
    {
      id: 'MD_IR',
      title: 'Essential Strategies for MD Grads to Match in Interventional Radiology',
      shortName: 'the MD graduate article',
      audience: 'US MD graduates with low Step scores aiming at IR',
      takes: [
        'The decision framework: very low scores or a failure with little IR exposure, below-average scores with strong exposure, near-average scores with an excellent profile',
        'A home IR rotation plus one or two aways; two IR letters and one DR letter',
        'Preliminary and research years, and when leaving IR for a neighbouring specialty is reasonable',
      ],
    },
    {
      id: 'USIMG_DR',
      title: 'Essential Strategies for US Citizen IMGs with Low Step Scores in Radiology',
      shortName: 'the US-citizen IMG radiology article',
      audience: 'US-citizen graduates of schools abroad aiming at diagnostic radiology',
      takes: [
        'DR score bands (220-229, 210-219, under 210) and program counts (at least 50, 60-80 or more, 80 or more)',
        '4-8 weeks of US clinical experience, two radiology letters and one clinical letter, Step 3 only when a solid result is likely',
        'Dual applications with a backup specialty and the three worked scenarios',
      ],
    },
    {
      id: 'SCORES_IR',
      title: 'Step Score Strategy for Interventional Radiology Residency Success',
      shortName: 'the Step score article',
      audience: 'Every IR applicant planning around Step 2 CK',
      takes: [
        'IR bands by Step 2 CK (255 and up, 245-254, 235-244, under 235)',
        'Step 2 CK timing: late June or July, August for remediation, never past early September',
        'Program counts by score: 20-30 IR with 10-20 DR from 245, 10-20 IR with 25-40 DR under 240',
      ],
    },
    {
      id: 'USIMG_IR',
      title: 'Mastering Interventional Radiology: A Strategy Guide for US Citizen IMGs',
      shortName: 'the US-citizen IMG IR article',
      audience: 'US-citizen graduates of schools abroad aiming at IR',
      takes: [
        'Applying to Integrated IR and DR in the same cycle, with DR as a real first choice',
        'A Step 2 CK goal of 245-255 or more, red flags, the letter priority, networking',
        '25-40 Integrated IR and 40-80 DR programs, personal statements for both, the rank list',
      ],
    },
  ].map((a): Article => Object.freeze({ ...a, id: a.id as ArticleId, takes: Object.freeze(a.takes) })),
);

export const GENERAL_SOURCES: readonly GeneralSource[] = Object.freeze(
  [
    {
      id: 'USMLE',
      title: 'USMLE rules (general knowledge, not from the articles)',
      takes: [
        'Step 3 needs the medical degree and a passed Step 1 and Step 2 CK; results take about three to four weeks',
        'Published minimum passing scores with their effective dates, the pass/fail Step 1 since 26 January 2022, at most four attempts per exam',
      ],
    },
    {
      id: 'CALENDAR',
      title: 'ERAS and NRMP application calendar (general knowledge, not from the articles)',
      takes: ['When applications open and are submitted, interview season, the rank order list deadline and Match Day'],
    },
  ].map((a) => Object.freeze({ ...a, id: a.id as GeneralSourceId, takes: Object.freeze(a.takes) })),
);

const TITLES = new Map<SourceId, string>([...ARTICLES.map((a) => [a.id, a.title] as const), ...GENERAL_SOURCES.map((g) => [g.id, g.title] as const)]);

export function sourceTitle(id: SourceId): string {
  const title = TITLES.get(id);
  if (title === undefined) throw new Error(`Unknown source ${id}`);
  return title;
}

export function isArticle(id: SourceId): id is ArticleId {
  return id !== 'USMLE' && id !== 'CALENDAR';
}
