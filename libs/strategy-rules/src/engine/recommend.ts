import { RULE_LIST } from '../rules';
import type { Action, ApplicantProfile, Flag, Pathway, Reason, Recommendation, RecommendOptions, Severity } from '../types';
import { PHASE } from './define';
import { alsoConsidered, decidingReason, figures, proposalOf } from './explain';
import { isCalendarDate, todayUtc } from './dates';
import { newDraft, type Draft } from './draft';
import { deriveFacts } from './facts';
import { PATHWAY_RANK, PATHWAY_WORDS } from './pathways';
import { RULES_VERSION } from './version';

const EVALS = RULE_LIST.map((r) => r.evaluate);
const COUNT = EVALS.length;
const FIRST_PATHWAY = RULE_LIST.findIndex((r) => r.phase === PHASE.PATHWAY);
const FIRST_PLAN = RULE_LIST.findIndex((r) => r.phase === PHASE.PLAN);
const RULE_INDEX = new Map(RULE_LIST.map((r, i) => [r.id, i]));

/** CRITICAL first, then WARNING, then INFO (a switch on the three constants is cheaper than a keyed lookup). */
function severityOrder(severity: Severity): number {
  switch (severity) {
    case 'CRITICAL':
      return 0;
    case 'WARNING':
      return 1;
    default:
      return 2;
  }
}

const flagLevel = (flag: Flag): number => severityOrder(flag.severity);
const actionLevel = (action: Action): number => action.priority;
const pathwayLevel = (pathway: Pathway): number => -PATHWAY_RANK[pathway];

/*
 * Flags, actions and alternatives are few (a dozen at most) and arrive in rule order; a stable insertion sort on a small
 * integer level keeps rule order within a level and costs a fraction of Array.prototype.sort with a comparator.
 */
function sortByLevel<T>(items: T[], level: (item: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    const key = level(item);
    let j = i - 1;
    while (j >= 0 && level(items[j]) > key) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
}

/** Alternatives, most ambitious first: the binding rule's, then any offered by other rules, without the primary or repeats. */
function alternatives(d: Draft): Pathway[] {
  const out: Pathway[] = [];
  const primary = d.primary;
  const bound = d.bindingAlternatives;
  for (let i = 0; i < bound.length; i++) if (bound[i] !== primary) out.push(bound[i]);
  const extra = d.extraAlternatives;
  if (extra !== null) for (let i = 0; i < extra.length; i++) if (extra[i] !== primary && !out.includes(extra[i])) out.push(extra[i]);
  sortByLevel(out, pathwayLevel);
  return out;
}

/**
 * Turns a valid profile into a recommendation. Pure and deterministic for a given asOf; `asOf` defaults to today (UTC),
 * the only place the library reads the clock. The profile is assumed valid (see validateProfile).
 */
let lastValidAsOf = '';

export function recommend(profile: ApplicantProfile, options?: RecommendOptions): Recommendation {
  const given = options?.asOf;
  if (given !== undefined && given !== lastValidAsOf) {
    if (!isCalendarDate(given)) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, got "${given}"`);
    lastValidAsOf = given;
  }
  const asOf = given ?? todayUtc();
  const chosen = options?.pathway;
  const facts = deriveFacts(profile, asOf);
  const d = newDraft();
  const flags = d.flags;
  const actions = d.actions;
  const reasons = d.reasons;
  let rulesPathway: Pathway = d.primary;
  let firstPathwayReason = -1;
  let pathwayReasonEnd = -1;
  for (let i = 0; i < COUNT; i++) {
    if (i === FIRST_PATHWAY) firstPathwayReason = reasons.length;
    if (i === FIRST_PLAN) {
      pathwayReasonEnd = reasons.length;
      rulesPathway = d.primary;
      if (chosen !== undefined && chosen !== rulesPathway) overridePathway(d, chosen, rulesPathway);
    }
    d.current = i;
    const result = EVALS[i](facts, d);
    if (result === null) continue;
    reasons.push(result.reason);
    const f = result.flags;
    if (f !== null) for (let j = 0; j < f.length; j++) flags.push(f[j]);
    const a = result.actions;
    if (a !== null) for (let j = 0; j < a.length; j++) actions.push(a[j]);
  }
  sortByLevel(flags, flagLevel);
  sortByLevel(actions, actionLevel);
  const overridden = chosen !== undefined && chosen !== rulesPathway;
  const deciding = explainPathway(facts, d, reasons, firstPathwayReason, pathwayReasonEnd, overridden ? rulesPathway : null);
  return {
    rulesVersion: RULES_VERSION,
    asOf,
    applicationCycle: facts.applicationYear,
    bands: { ir: d.irBand, dr: d.drBand, basis: d.basis },
    primaryPathway: d.primary,
    alternatives: alternatives(d),
    applications: d.applications,
    letters: d.letters,
    step3: d.step3,
    flags,
    actions,
    reasons,
    decidingReason: deciding,
    override: chosen === undefined ? null : { pathway: chosen, rulesPathway },
  };
}

/** An advisor's choice replaces the rules' pathway before the plan is computed; the rules' choice becomes an alternative. */
function overridePathway(d: Draft, chosen: Pathway, rulesPathway: Pathway): void {
  d.primary = chosen;
  d.ceiling = PATHWAY_RANK[chosen];
  d.bindingAlternatives = [rulesPathway, ...d.bindingAlternatives];
}

/**
 * Rewrites the pathway reasons: the binding rule's becomes the one deciding reason (with the student's figures), every other
 * pathway rule's is marked "also considered" and says what it would have allowed, never as an instruction.
 */
function explainPathway(f: ReturnType<typeof deriveFacts>, d: Draft, reasons: Reason[], from: number, to: number, rulesPathway: Pathway | null): Reason {
  const chosen = d.primary;
  let deciding: Reason | null = null;
  for (let i = from; i < to; i++) {
    const r = reasons[i];
    const index = RULE_INDEX.get(r.ruleId) ?? -1;
    if (index === d.binding) {
      deciding =
        rulesPathway === null
          ? decidingReason(f, r)
          : {
              ruleId: r.ruleId,
              source: r.source,
              message: `The advisor chose ${PATHWAY_WORDS[chosen]}; on the rules' own reading (${figures(f)}) the plan would be ${PATHWAY_WORDS[rulesPathway]}.`,
              role: 'DECIDING',
            };
      reasons[i] = deciding;
    } else {
      const proposed = proposalOf(d, index);
      reasons[i] =
        rulesPathway !== null && proposed !== null
          ? { ruleId: r.ruleId, source: r.source, message: `Also considered: this rule pointed to ${PATHWAY_WORDS[proposed]}; the advisor chose ${PATHWAY_WORDS[chosen]}.`, role: 'ALSO_CONSIDERED' }
          : alsoConsidered(r, proposed, chosen);
    }
  }
  if (deciding === null) throw new Error('No pathway rule decided');
  return deciding;
}
