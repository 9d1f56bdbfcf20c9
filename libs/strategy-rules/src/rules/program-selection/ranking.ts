import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'programs.ranking',
  topic: 'program-selection',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_IR, 'D. Ranking Strategy: Balancing Dream IR with Realistic DR'],
    [SEEDS.IMG_IR, '4. Considering a Parallel Plan'],
  ],
  summary:
    'When IR and DR are both applied to (INTEGRATED_IR, DUAL_IR_DR): rank the Integrated IR programs that truly fit, then DR programs ordered by ESIR, ' +
    'IR strength and training quality (the US-citizen IMG IR article), with enough realistic programs to avoid going unmatched (the IMG IR article).',
});

const RANK = kit.result('RANK_IR_THEN_DR', 'IR and DR programs will share one rank list.', {
  actions: [
    kit.action(
      'RANK_LIST',
      3,
      'Rank the Integrated IR programs that felt like a real fit first, then DR programs by ESIR access and IR strength, and include enough realistic programs to avoid going unmatched.',
    ),
  ],
});

export const ranking = kit.define((_f, d) => (d.primary === 'INTEGRATED_IR' || d.primary === 'DUAL_IR_DR' ? RANK : null));
