/**
 * Internal, for the traceability specs only (never exported, never shown): which stored text each article is.
 */
import type { ArticleId } from './articles';

export const ARTICLE_FILES: Readonly<Record<ArticleId, string>> = Object.freeze({
  IMG_IR: '000_9df244630af6200a.txt',
  MD_IR: '001_5f795142c8f9c9ff.txt',
  USIMG_DR: '002_8eb4c6a7e95e1d4d.txt',
  SCORES_IR: '003_5912e23765e380c6.txt',
  USIMG_IR: '004_1cceef392b20167d.txt',
});
