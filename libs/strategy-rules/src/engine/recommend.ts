import { RULE_LIST } from '../rules';
import type { ApplicantProfile, Flag, Pathway, Recommendation, RecommendOptions, Severity } from '../types';
import { isCalendarDate, todayUtc } from './dates';
import { newDraft, type Draft } from './draft';
import { deriveFacts } from './facts';
import { PATHWAY_RANK } from './pathways';
import { RULES_VERSION } from './version';

const RULES = RULE_LIST;
const COUNT = RULES.length;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { CRITICAL: 0, WARNING: 1, INFO: 2 };
const bySeverity = (a: Flag, b: Flag): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
const byRankDesc = (a: Pathway, b: Pathway): number => PATHWAY_RANK[b] - PATHWAY_RANK[a];

function alternatives(d: Draft): Pathway[] {
  const out: Pathway[] = [];
  const bound = d.bindingAlternatives;
  for (let i = 0; i < bound.length; i++) if (bound[i] !== d.primary) out.push(bound[i]);
  const extra = d.extraAlternatives;
  if (extra !== null) for (let i = 0; i < extra.length; i++) if (extra[i] !== d.primary && !out.includes(extra[i])) out.push(extra[i]);
  if (out.length > 1) out.sort(byRankDesc);
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
  const facts = deriveFacts(profile, asOf);
  const d = newDraft();
  const flags = d.flags;
  const actions = d.actions;
  const reasons = d.reasons;
  for (let i = 0; i < COUNT; i++) {
    const result = RULES[i].evaluate(facts, d);
    if (result === null) continue;
    reasons.push(result.reason);
    const f = result.flags;
    if (f !== null) for (let j = 0; j < f.length; j++) flags.push(f[j]);
    const a = result.actions;
    if (a !== null) for (let j = 0; j < a.length; j++) actions.push(a[j]);
  }
  if (flags.length > 1) flags.sort(bySeverity);
  if (actions.length > 1) actions.sort((x, y) => x.priority - y.priority);
  return {
    rulesVersion: RULES_VERSION,
    asOf,
    bands: { ir: d.irBand, dr: d.drBand, basis: d.basis },
    primaryPathway: d.primary,
    alternatives: alternatives(d),
    applications: d.applications,
    letters: d.letters,
    step3: d.step3,
    flags,
    actions,
    reasons,
  };
}
