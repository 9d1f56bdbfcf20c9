import { PHASE, SEEDS, offer, propose, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.pivot',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.MD_IR, 'When to pivot away from IR completely'],
    [SEEDS.IMG_IR, '2. Face Reality About IR Competitiveness'],
    [SEEDS.IMG_IR, '2. As a Non-IR Resident (IM, Surgery, etc.)'],
  ],
  summary:
    'The MD graduate article names when leaving radiology is reasonable: repeated cycles without traction, or repeated exam failures. ADJACENT_SPECIALTY ' +
    '(the IMG IR article tier 3: IM or surgery with procedural work) becomes the primary pathway after 2+ unsuccessful cycles with a DR band of LOW or lower, ' +
    'or after 1+ cycle with 2+ failures. With 2+ failures or 2+ cycles alone it is only offered as an alternative (PIVOT_REASONABLE), since the MD graduate article ' +
    'warns against giving up early. After any unsuccessful cycle the pivot question is asked (an action: review interview traction with an advisor ' +
    'and weigh a neighbouring specialty), whatever the score.',
});

const ALTS: readonly Pathway[] = ['PRELIM_THEN_REAPPLY', 'STRENGTHEN_THEN_APPLY'];
const PIVOT = kit.result('PIVOT_RECOMMENDED', 'Repeated cycles without a match together with low scores or several failures: a procedural specialty next to IR is the sound plan now.', {
  flags: [kit.flag('PIVOT_REASONABLE', 'CRITICAL', 'Repeated unsuccessful cycles with low scores or several failures: a change of specialty is a reasonable choice.')],
  actions: [
    kit.action(
      'PLAN_ADJACENT_SPECIALTY',
      1,
      'Discuss a specialty with procedural work near IR (IM toward interventional cardiology or pulmonology, surgery toward endovascular work) with an advisor.',
    ),
  ],
});
const CONSIDER = kit.result('PIVOT_AS_ALTERNATIVE', 'Several failures or repeated cycles: a neighbouring procedural specialty belongs on the list of alternatives.', {
  flags: [kit.flag('PIVOT_REASONABLE', 'INFO', 'Several failures or repeated cycles: keep a neighbouring procedural specialty in view without abandoning radiology yet.')],
});

const QUESTION = kit.action(
  'PIVOT_QUESTION',
  2,
  'Go through the last cycle with an advisor: how many interviews came, from which programs, and whether a neighbouring procedural specialty belongs in the plan.',
);
const ONE_CYCLE = kit.result('PIVOT_QUESTION', 'One cycle without a match: the question of a neighbouring procedural specialty belongs on the table, without leaving radiology yet.', {
  actions: [QUESTION],
});
const CONSIDER_ASK = kit.result('PIVOT_AS_ALTERNATIVE_ASK', CONSIDER.reason.message, { flags: CONSIDER.flags ?? [], actions: [QUESTION] });

export const pivot = kit.define((f, d) => {
  const cycles = f.previousApplications;
  const lowDr = d.drBand !== 'UNKNOWN' && bandLevel(d.drBand) <= 1;
  if ((cycles >= 2 && lowDr) || (cycles >= 1 && f.failures >= 2)) {
    propose(d, 'ADJACENT_SPECIALTY', ALTS);
    return PIVOT;
  }
  if (cycles >= 2 || f.failures >= 2) {
    offer(d, 'ADJACENT_SPECIALTY');
    return cycles >= 1 ? CONSIDER_ASK : CONSIDER;
  }
  if (cycles >= 1) {
    offer(d, 'ADJACENT_SPECIALTY');
    return ONE_CYCLE;
  }
  return null;
});
