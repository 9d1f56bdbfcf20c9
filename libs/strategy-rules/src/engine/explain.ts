import type { Band, Pathway, Reason } from '../types';
import { type Draft } from './draft';
import { type Facts } from './facts';
import { PATHWAY_RANK, PATHWAY_WORDS } from './pathways';

const IR_RANGE: Record<Exclude<Band, 'UNKNOWN'>, string> = { HIGH: '255+', COMPETITIVE: '245-254', BORDERLINE: '235-244', LOW: '230-234', VERY_LOW: 'under-230' };
const DR_RANGE: Record<Exclude<Band, 'UNKNOWN'>, string> = { HIGH: '245+', COMPETITIVE: '230-244', BORDERLINE: '220-229', LOW: '210-219', VERY_LOW: 'under-210' };
const EXAM = { STEP1: 'Step 1', STEP2CK: 'Step 2 CK', STEP3: 'Step 3' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function bandOf(score: number, targetIR: boolean): string {
  const ranges = targetIR ? IR_RANGE : DR_RANGE;
  const cuts: [number, Exclude<Band, 'UNKNOWN'>][] = targetIR
    ? [[255, 'HIGH'], [245, 'COMPETITIVE'], [235, 'BORDERLINE'], [230, 'LOW']]
    : [[245, 'HIGH'], [230, 'COMPETITIVE'], [220, 'BORDERLINE'], [210, 'LOW']];
  for (const [cut, band] of cuts) if (score >= cut) return ranges[band];
  return ranges.VERY_LOW;
}

/** The student's own figures, in a few words: what the deciding rule looked at. */
export function figures(f: Facts): string {
  const parts: string[] = [];
  if (f.profile.applicantType === 'US_IMG') parts.push('as a US-citizen IMG');
  else if (f.profile.applicantType === 'NON_US_IMG') parts.push('as a non-US IMG');
  const open: string[] = [];
  if (f.unresolvedStep1) open.push(EXAM.STEP1);
  if (f.unresolvedStep2) open.push(EXAM.STEP2CK);
  if (f.unresolvedStep3) open.push(EXAM.STEP3);
  if (open.length > 0) parts.push(`${open.join(' and ')} failed and not yet passed`);
  if (f.step2Score !== null) parts.push(`Step 2 CK ${f.step2Score} is in the ${bandOf(f.step2Score, f.targetIR)} ${f.targetIR ? 'IR' : 'DR'} band`);
  else if (f.step1Score !== null) parts.push(`numeric Step 1 ${f.step1Score} with no Step 2 CK score yet`);
  else if (!f.unresolvedStep2) parts.push('no Step 2 CK score yet');
  const recovered = f.failures - (f.unresolvedStep1 ? f.step1Failures : 0) - (f.unresolvedStep2 ? f.step2Failures : 0) - (f.unresolvedStep3 ? f.step3Failures : 0);
  if (recovered > 0) parts.push(`${plural(recovered, 'failed attempt', 'failed attempts')} since passed`);
  if (f.targetIR) {
    const ir: string[] = [];
    if (f.irRotationsDone > 0) ir.push(`${plural(f.irRotationsDone, 'completed IR rotation', 'completed IR rotations')}${f.irRotationsHonours > 0 ? ' with honours or high pass' : ''}`);
    if (f.irResearchAny > 0) ir.push(plural(f.irResearchAny, 'IR research item', 'IR research items'));
    if (f.irLettersAsked > 0) ir.push(plural(f.irLettersAsked, 'IR letter asked for or secured', 'IR letters asked for or secured'));
    parts.push(ir.length > 0 ? `with ${ir.join(', ')}` : 'with no completed IR rotation, IR research or IR letter yet');
  }
  if (f.previousApplications > 0) parts.push(`after ${plural(f.previousApplications, 'cycle', 'cycles')} without a match`);
  if (f.yearsSinceGraduation >= 3) parts.push(`${f.yearsSinceGraduation} years after graduation`);
  return parts.join(', ');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-cases an ordinary first word so the finding reads on after the figures ("Below-average" -> "below-average"; "IR band" stays). */
const sentenceTail = (s: string) => (s.length > 1 && s.charAt(1) === s.charAt(1).toLowerCase() && s.charAt(1) !== s.charAt(1).toUpperCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The one reason that decided the pathway: the student's figures, then the deciding rule's finding. */
export function decidingReason(f: Facts, reason: Reason): Reason {
  return { ruleId: reason.ruleId, source: reason.source, message: `${capitalise(figures(f))}: ${sentenceTail(reason.message)}`, role: 'DECIDING' };
}

/** A pathway rule that was weighed and did not decide: what it would have allowed, never as an instruction. */
export function alsoConsidered(reason: Reason, proposed: Pathway | null, chosen: Pathway): Reason {
  let message: string;
  if (proposed === null) message = `Also considered: ${reason.message}`;
  else if (proposed === chosen) message = `Also considered: this rule points to the same plan (${PATHWAY_WORDS[chosen]}); another rule gave the deciding reason.`;
  else if (PATHWAY_RANK[proposed] > PATHWAY_RANK[chosen]) {
    message = `Also considered: on its own this rule would allow ${PATHWAY_WORDS[proposed]}; the deciding rule is more cautious.`;
  } else message = `Also considered: this rule pointed to ${PATHWAY_WORDS[proposed]}; the advisor chose ${PATHWAY_WORDS[chosen]}.`;
  return { ruleId: reason.ruleId, source: reason.source, message, role: 'ALSO_CONSIDERED' };
}

export function proposalOf(d: Draft, ruleIndex: number): Pathway | null {
  const p = d.proposals;
  for (let i = 0; i < p.length; i += 2) if (p[i] === ruleIndex) return p[i + 1] as Pathway;
  return null;
}
