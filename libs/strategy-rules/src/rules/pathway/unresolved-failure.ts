import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.unresolved-failure',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.SCORES_IR, 'What matters now that Step 1 is pass/fail?'],
    [SEEDS.SCORES_IR, '2. How important is Step 1 now that it\'s pass/fail for IR programs?'],
    [SEEDS.IMG_IR, 'Pathway C: Transitional or IM Categorical → Build Profile → Reapply IR/DR'],
  ],
  summary:
    'A Step exam failed and not yet passed (Step 1, Step 2 CK or Step 3) rules out an Integrated IR list: an IR target is held at DR_THEN_IR at most, ' +
    'whatever the score. The Step score article treats a failure as recoverable only once a pass follows it; the IMG IR article sends files with ' +
    'open failures to a longer route (retake, then apply). The bands rule puts an open Step 1 or Step 2 CK failure at the bottom of both ladders.',
});

const ALTS: readonly Pathway[] = ['STRENGTHEN_THEN_APPLY'];
const OPEN = kit.result('UNRESOLVED_FAILURE_NO_IR_LIST', 'A Step exam is failed and not yet passed: no Integrated IR list until a pass is on record; radiology first.');

export const unresolvedFailure = kit.define((f, d) => {
  if (f.unresolvedFailures === 0 || !f.targetIR) return null;
  propose(d, 'DR_THEN_IR', ALTS);
  return OPEN;
});
