import { type SourceId, isArticle, sourceTitle } from '../sources/articles';
import type { Action, Citation, Flag, Pathway, Priority, Reason, RuleInfo, RuleTopic, Severity } from '../types';
import { type Draft } from './draft';
import { type Facts } from './facts';
import { PATHWAY_RANK } from './pathways';

/** Evaluation order: bands first, then red flags, then the pathway, then everything that depends on it. */
export const PHASE = { BANDS: 0, FLAGS: 1, PATHWAY: 2, PLAN: 3 } as const;
export type Phase = (typeof PHASE)[keyof typeof PHASE];

/** What a rule returns: a decision code, the reason in our words, and any flags and actions it raises. */
export interface RuleResult {
  readonly code: string;
  readonly reason: Reason;
  readonly flags: readonly Flag[] | null;
  readonly actions: readonly Action[] | null;
}

export type Evaluate = (facts: Facts, draft: Draft) => RuleResult | null;

export interface Rule extends RuleInfo {
  readonly phase: Phase;
  readonly evaluate: Evaluate;
}

export interface RuleMeta {
  id: string;
  topic: RuleTopic;
  phase: Phase;
  /** [article or general source, section heading] pairs; the heading is quoted from the article so an advisor can find it. */
  sources: readonly (readonly [SourceId, string])[];
  summary: string;
}

export interface RuleKit {
  readonly id: string;
  /** A result built once at load time (no allocation per call). */
  result(code: string, message: string, extra?: { flags?: readonly Flag[]; actions?: readonly Action[] }): RuleResult;
  /** A result built per call, for messages that carry figures. */
  dynamic(code: string, message: string, flags?: readonly Flag[] | null, actions?: readonly Action[] | null): RuleResult;
  flag(code: string, severity: Severity, message: string): Flag;
  action(code: string, priority: Priority, message: string, dueBy?: string): Action;
  define(evaluate: Evaluate): Rule;
}

/** The five articles (see sources/articles.ts). */
export const SEEDS = {
  IMG_IR: 'IMG_IR',
  MD_IR: 'MD_IR',
  USIMG_DR: 'USIMG_DR',
  SCORES_IR: 'SCORES_IR',
  USIMG_IR: 'USIMG_IR',
} as const;

/** General knowledge some rules rest on, cited as such. */
export const GENERAL = { USMLE: 'USMLE', CALENDAR: 'CALENDAR' } as const;

/** Article title and section heading, several joined by "; ". */
export function formatSource(sources: RuleMeta['sources']): string {
  return sources.map(([id, section]) => `${sourceTitle(id)} — ${section}`).join('; ');
}

export function citations(sources: RuleMeta['sources']): readonly Citation[] {
  return Object.freeze(sources.map(([id, section]) => Object.freeze({ title: sourceTitle(id), section, general: !isArticle(id) })));
}

export function ruleKit(meta: RuleMeta): RuleKit {
  const id = meta.id;
  const source = formatSource(meta.sources);
  const flag = (code: string, severity: Severity, message: string): Flag => ({ code, severity, ruleId: id, message });
  const action = (code: string, priority: Priority, message: string, dueBy?: string): Action =>
    dueBy === undefined ? { code, priority, ruleId: id, message } : { code, priority, ruleId: id, message, dueBy };
  const freezeAll = <T extends object>(items: readonly T[] | undefined): readonly T[] | null =>
    items && items.length > 0 ? Object.freeze(items.map((x) => Object.freeze(x))) : null;
  return {
    id,
    result(code, message, extra) {
      return Object.freeze({
        code,
        reason: Object.freeze({ ruleId: id, source, message }),
        flags: freezeAll(extra?.flags),
        actions: freezeAll(extra?.actions),
      });
    },
    dynamic(code, message, flags = null, actions = null) {
      return { code, reason: { ruleId: id, source, message }, flags, actions };
    },
    flag,
    action,
    define(evaluate) {
      return Object.freeze({ id, topic: meta.topic, source, citations: citations(meta.sources), summary: meta.summary, phase: meta.phase, evaluate });
    },
  };
}

/**
 * A pathway rule proposes a ceiling; the lowest ceiling wins (first rule on ties) and brings its alternatives.
 */
export function propose(draft: Draft, pathway: Pathway, alternatives: readonly Pathway[]): void {
  const rank = PATHWAY_RANK[pathway];
  draft.proposals.push(draft.current, pathway);
  if (rank < draft.ceiling) {
    draft.binding = draft.current;
    draft.ceiling = rank;
    draft.primary = pathway;
    draft.bindingAlternatives = alternatives;
  }
}

/** Offers a pathway as an alternative whichever rule binds. */
export function offer(draft: Draft, pathway: Pathway): void {
  if (draft.extraAlternatives === null) draft.extraAlternatives = [pathway];
  else if (!draft.extraAlternatives.includes(pathway)) draft.extraAlternatives.push(pathway);
}
