import type { Range, Recommendation } from '../types';
import { PATHWAY_WORDS } from './pathways';

const range = (r: Range) => (r.max === null ? `${r.min}+` : `${r.min}-${r.max}`);

/** The applications of a plan in a few words: "10-20 IR, 25-40 DR, IM backup 15-25". */
export function planWords(rec: Recommendation): string {
  const a = rec.applications;
  const parts: string[] = [];
  if (a.integratedIR !== null) parts.push(`${range(a.integratedIR)} IR`);
  if (a.diagnosticRadiology !== null) parts.push(`${range(a.diagnosticRadiology)} DR`);
  if (a.backup !== null) parts.push(`${a.backup.specialty} ${range(a.backup.programs)}`);
  parts.push(`${rec.letters.needed} letters`);
  return parts.join(', ');
}

/**
 * The difference between an advisor's plan and the rules' own, in one line, e.g.
 * "Advisor's plan: Integrated IR and DR together (10-20 IR, 25-40 DR, 3 letters); the rules' plan: DR first, then IR (25-40 DR, 3 letters)."
 */
export function describeOverride(rules: Recommendation, chosen: Recommendation): string {
  if (rules.primaryPathway === chosen.primaryPathway) {
    return `The advisor's plan is the rules' own: ${PATHWAY_WORDS[chosen.primaryPathway]} (${planWords(chosen)}).`;
  }
  return (
    `Advisor's plan: ${PATHWAY_WORDS[chosen.primaryPathway]} (${planWords(chosen)}); ` +
    `the rules' plan: ${PATHWAY_WORDS[rules.primaryPathway]} (${planWords(rules)}).`
  );
}
