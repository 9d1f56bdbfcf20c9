import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import { EXPOSURE } from '../../engine/facts';
import { bandLevel } from '../../engine/pathways';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.ir.framework',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.MD_IR, 'Choosing the right IR pathway with low scores'],
    [SEEDS.SCORES_IR, 'Target Score Ranges and What They Mean for IR Match Strategy'],
    [SEEDS.SCORES_IR, '4. Should I apply to both IR and DR if my score is borderline?'],
  ],
  summary:
    'For an IR target, crosses the IR band with IR exposure, following the MD graduate article\'s decision framework on the Step score article\'s bands. ' +
    'Exposure is judged from what the student can show by summer: EXCELLENT = a completed IR rotation, 2 IR letters asked for or secured and an ' +
    'accepted/published/presented IR item; STRONG = a completed IR rotation plus an IR letter asked for or secured, or a completed IR rotation graded ' +
    'honours or high pass plus IR research; SOME = any IR rotation under way or done, IR letter or IR project; else LIMITED. HIGH with some exposure, ' +
    'or COMPETITIVE with excellent exposure (near average + excellent IR profile) -> INTEGRATED_IR with DR as the safety net. COMPETITIVE otherwise -> ' +
    'DUAL_IR_DR. Below average (BORDERLINE, LOW, and VERY_LOW from a score of 220 or more) with strong exposure -> DUAL_IR_DR: the MD framework and the ' +
    'Step score article\'s list for scores under 240 both pair a selected IR list with a broad DR list; the 230 split of the IMG IR article is for its own ' +
    'readers (pathway.non-us-img.tiers). Below average with thinner exposure, and very low (under 220, where the US-citizen IMG radiology article calls a score low even for mid-tier DR programs, or several failures) -> DR_THEN_IR. ' +
    'No score yet -> DUAL_IR_DR until Step 2 CK decides.',
});

const A_INTEGRATED: readonly Pathway[] = ['DUAL_IR_DR', 'DR_THEN_IR'];
const A_DUAL: readonly Pathway[] = ['DR_THEN_IR'];
const A_DUAL_UP: readonly Pathway[] = ['INTEGRATED_IR', 'DR_THEN_IR'];
const A_DR_IR: readonly Pathway[] = ['DUAL_IR_DR'];
const A_VERY_LOW: readonly Pathway[] = ['STRENGTHEN_THEN_APPLY'];

const HIGH = kit.result('INTEGRATED_IR_HIGH_SCORE', 'High IR band and some IR exposure: Integrated IR is a fair primary aim, with a short DR list as the safety net.');
const HIGH_THIN = kit.result('DUAL_HIGH_SCORE_NO_EXPOSURE', 'High IR band but no IR rotation, letter or project yet: the score alone does not show fit, so apply to IR and DR together.');
const COMP_EXCELLENT = kit.result('INTEGRATED_IR_EXCELLENT_PROFILE', 'Competitive IR band with an excellent IR profile: go for Integrated IR and keep DR programs as the safety net.');
const COMP = kit.result('DUAL_COMPETITIVE', 'Competitive IR band without a full IR profile yet: apply to Integrated IR and DR side by side.');
const MID_STRONG = kit.result('DUAL_STRONG_EXPOSURE', 'Below-average IR band offset by strong IR exposure: a selected Integrated IR list plus a broad DR list.');
const MID_THIN = kit.result('DR_FIRST_THIN_EXPOSURE', 'Below-average IR band and thin IR exposure: aim at DR now and reach IR through ESIR or an Independent IR residency.');
const VERY_LOW = kit.result('DR_FIRST_VERY_LOW', 'IR band very low (or several failures): DR first, IR later through ESIR or Independent IR; a research year may be needed.');
const UNKNOWN = kit.result('DUAL_PENDING_SCORE', 'No Step 2 CK score yet: keep both Integrated IR and DR open until the score is in.');

export const irFramework = kit.define((f, d) => {
  if (!f.targetIR) return null;
  const x = f.exposure;
  switch (d.irBand) {
    case 'HIGH':
      if (x >= EXPOSURE.SOME) {
        propose(d, 'INTEGRATED_IR', A_INTEGRATED);
        return HIGH;
      }
      propose(d, 'DUAL_IR_DR', A_DUAL_UP);
      return HIGH_THIN;
    case 'COMPETITIVE':
      if (x >= EXPOSURE.EXCELLENT) {
        propose(d, 'INTEGRATED_IR', A_INTEGRATED);
        return COMP_EXCELLENT;
      }
      propose(d, 'DUAL_IR_DR', A_DUAL);
      return COMP;
    case 'BORDERLINE':
    case 'LOW':
      if (x >= EXPOSURE.STRONG) {
        propose(d, 'DUAL_IR_DR', A_DUAL);
        return MID_STRONG;
      }
      propose(d, 'DR_THEN_IR', A_DR_IR);
      return MID_THIN;
    case 'VERY_LOW':
      if (x >= EXPOSURE.STRONG && d.drBand !== 'UNKNOWN' && bandLevel(d.drBand) >= 2) {
        propose(d, 'DUAL_IR_DR', A_DUAL);
        return MID_STRONG;
      }
      propose(d, 'DR_THEN_IR', A_VERY_LOW);
      return VERY_LOW;
    default:
      propose(d, 'DUAL_IR_DR', A_DUAL_UP);
      return UNKNOWN;
  }
});
