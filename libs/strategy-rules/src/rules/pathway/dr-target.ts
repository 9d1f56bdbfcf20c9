import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.dr.target',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [[SEEDS.USIMG_DR, 'Understanding Low Step Scores in the Diagnostic Radiology Context']],
  summary:
    'A DR target starts from DR; pathway.dr.feasibility and the applicant-type rules may lower it. Integrated IR is never proposed for a DR target.',
});

const ALTS: readonly Pathway[] = ['DR_WITH_BACKUP'];
const DR = kit.result('DR_TARGET', 'The target is Diagnostic Radiology, so the plan starts from a DR application.');

export const drTarget = kit.define((f, d) => {
  if (f.targetIR) return null;
  propose(d, 'DR', ALTS);
  return DR;
});
