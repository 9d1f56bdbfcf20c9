import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.us-img.dual',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.USIMG_IR, 'B. Understand IR Training Pathways and Their Implications'],
    [SEEDS.USIMG_IR, 'D. Ranking Strategy: Balancing Dream IR with Realistic DR'],
  ],
  summary:
    'A US-citizen IMG aiming at IR sends both an Integrated IR and a DR application during one cycle, with DR as a real first choice rather than a fallback ' +
    '(the US-citizen IMG IR article). So the pathway is at most DUAL_IR_DR, never Integrated IR alone.',
});

const ALTS: readonly Pathway[] = ['DR_THEN_IR'];
const CAP = kit.result('US_IMG_DUAL_CAP', 'US-citizen IMG with an IR target: apply to Integrated IR and DR together and treat DR as a genuine route to IR.');

export const usImgDual = kit.define((f, d) => {
  if (!f.targetIR || f.profile.applicantType !== 'US_IMG') return null;
  propose(d, 'DUAL_IR_DR', ALTS);
  return CAP;
});
