import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.reapply',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.MD_IR, 'Transitional, preliminary, or research years'],
    [SEEDS.IMG_IR, 'Pathway C: Transitional or IM Categorical → Build Profile → Reapply IR/DR'],
  ],
  summary:
    'After an unsuccessful cycle (previousApplications >= 1): with a DR band of LOW or lower, take a preliminary, transitional or research year ' +
    'and reapply (PRELIM_THEN_REAPPLY, the MD graduate article and the IMG IR article pathway C). With an IR target and an IR band of BORDERLINE or lower, the next cycle leads with DR ' +
    '(at most DR_THEN_IR). With a higher IR band the IR target still never goes for Integrated IR alone after a cycle without a match: at most ' +
    'DUAL_IR_DR, whatever the score, since a repeat cycle widens the plan (longer DR list, backup and the pivot question come from the plan rules).',
});

const A_PRELIM: readonly Pathway[] = ['STRENGTHEN_THEN_APPLY', 'DR_WITH_BACKUP'];
const A_DR_IR: readonly Pathway[] = ['DUAL_IR_DR', 'STRENGTHEN_THEN_APPLY'];
const A_WIDEN: readonly Pathway[] = ['DR_THEN_IR'];
const WIDEN = kit.result('REAPPLY_WIDEN', 'Unmatched before: even with a good score, the next cycle pairs the IR list with a broad DR list instead of relying on Integrated IR.');
const PRELIM = kit.result('REAPPLY_AFTER_PRELIM_YEAR', 'Unmatched before with a low DR band: spend a preliminary or research year earning new letters and results, then reapply.');
const DR_FIRST = kit.result('REAPPLY_DR_FIRST', 'Unmatched before with a below-average IR band: the next cycle should lead with DR and keep IR for later.');

export const reapply = kit.define((f, d) => {
  if (f.previousApplications < 1) return null;
  if (d.drBand !== 'UNKNOWN' && bandLevel(d.drBand) <= 1) {
    propose(d, 'PRELIM_THEN_REAPPLY', A_PRELIM);
    return PRELIM;
  }
  if (f.targetIR && bandLevel(d.irBand) <= 2) {
    propose(d, 'DR_THEN_IR', A_DR_IR);
    return DR_FIRST;
  }
  if (f.targetIR) {
    propose(d, 'DUAL_IR_DR', A_WIDEN);
    return WIDEN;
  }
  return null;
});
