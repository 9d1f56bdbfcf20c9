import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.non-us-img.tiers',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.IMG_IR, '2. Face Reality About IR Competitiveness'],
    [SEEDS.IMG_IR, 'Pathway A: Direct Integrated IR Residency (High Risk, High Reward)'],
    [SEEDS.IMG_IR, 'Pathway B: Diagnostic Radiology → ESIR → Independent IR (Most Realistic)'],
  ],
  summary:
    'Non-US IMG with an IR target, the IMG IR article\'s tiers. Tier 1 (Integrated IR) is only ever tried next to DR, so the pathway is at most DUAL_IR_DR, ' +
    'and only when pathway A\'s conditions hold: a Step 2 CK of 230 or more (low-to-mid 230s) with the IR band at LOW or better, a secured IR letter ' +
    'from US faculty, and IR research output or a completed IR rotation. Otherwise tier 2, DR -> ESIR -> Independent IR (DR_THEN_IR).',
});

const A_DUAL: readonly Pathway[] = ['DR_THEN_IR'];
const A_TIER2: readonly Pathway[] = ['DUAL_IR_DR', 'PRELIM_THEN_REAPPLY'];
const TIER1 = kit.result('NON_US_IMG_TIER_1', 'Non-US IMG meeting the conditions for a selected Integrated IR list: apply there, with DR as the realistic main target.');
const TIER2 = kit.result('NON_US_IMG_TIER_2', 'Non-US IMG without the score, US IR letter and IR record a direct IR application needs: DR first, then ESIR and Independent IR.');

export const nonUsImgTiers = kit.define((f, d) => {
  if (!f.targetIR || f.profile.applicantType !== 'NON_US_IMG') return null;
  const s = f.step2Score;
  const scoreOk = s !== null && s >= 230 && d.irBand !== 'UNKNOWN' && bandLevel(d.irBand) >= 1;
  const recordOk = f.irLettersUS >= 1 && (f.irResearchOutputs >= 1 || f.irRotationsDone >= 1);
  if (scoreOk && recordOk) {
    propose(d, 'DUAL_IR_DR', A_DUAL);
    return TIER1;
  }
  propose(d, 'DR_THEN_IR', A_TIER2);
  return TIER2;
});
