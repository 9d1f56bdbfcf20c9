/**
 * @advising/strategy-rules: the pure rules engine. A student's record in, an explainable recommendation out.
 * No framework, no I/O, no clock (asOf comes in; only `recommend` defaults it to today).
 */
import { RULE_LIST } from './rules';
import type { RuleInfo } from './types';

export type * from './types';
export { RULES_VERSION } from './engine/version';
export { recommend } from './engine/recommend';
export { validateProfile, applicantProfileSchema } from './engine/validate';
export { diffRecommendations } from './engine/diff';
export { describeOverride } from './engine/override';
export { PATHWAY_RANK, PATHWAYS, BANDS, BAND_RANK, PATHWAY_WORDS } from './engine/pathways';
export { BACKUP_PROGRAMS } from './rules/applications/backup';
export { ARTICLES, GENERAL_SOURCES, type Article, type ArticleId, type GeneralSource } from './sources/articles';
export { APPLICATION_CALENDAR, cycleCalendar, type CycleCalendar } from './engine/calendar';

/** The rule catalogue an advisor can browse: id, topic, source (article title and section) and summary, in evaluation order. */
export const RULES: RuleInfo[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ RULE_LIST.map((r): RuleInfo => Object.freeze({ id: r.id, topic: r.topic, source: r.source, citations: r.citations, summary: r.summary })),
) as RuleInfo[];
