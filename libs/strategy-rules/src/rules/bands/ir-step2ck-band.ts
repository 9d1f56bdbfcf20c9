import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'ir.step2ck.band',
  topic: 'bands',
  phase: PHASE.BANDS,
  sources: [
    [SEEDS.SCORES_IR, 'Target Score Ranges and What They Mean for IR Match Strategy'],
    [SEEDS.IMG_IR, 'Pathway A: Direct Integrated IR Residency (High Risk, High Reward)'],
  ],
  summary:
    'IR band from the best passing Step 2 CK score: 255+ HIGH, 245-254 COMPETITIVE, 235-244 BORDERLINE, 230-234 LOW, under 230 VERY_LOW. ' +
    'The four upper bands are the Step score article\'s. The Step score article stops at "under 235"; we split that band at 230 because the IMG IR article treats a Step 2 CK in the ' +
    'low-to-mid 230s as the floor for trying Integrated IR at all, and 230 is also where the US-citizen IMG radiology article puts "below average" for radiology.',
});

const HIGH = kit.result('IR_BAND_HIGH', 'Step 2 CK of 255 or more: above most IR applicants and past most score screens.');
const COMPETITIVE = kit.result('IR_BAND_COMPETITIVE', 'Step 2 CK of 245-254: a solid IR range; the score neither excludes nor distinguishes the applicant.');
const BORDERLINE = kit.result('IR_BAND_BORDERLINE', 'Step 2 CK of 235-244: under the implicit bar of the most selective IR programs, still workable at many others.');
const LOW = kit.result('IR_BAND_LOW', 'Step 2 CK of 230-234: below what many IR programs prefer; some screen such scores out before reading further.');
const VERY_LOW = kit.result('IR_BAND_VERY_LOW', 'Step 2 CK under 230: under the low-230s floor at which an Integrated IR application is still worth making.');

export const irStep2ckBand = kit.define((f, d) => {
  const s = f.step2Score;
  if (s === null) return null;
  d.basis = 'STEP2CK';
  if (s >= 255) {
    d.irBand = 'HIGH';
    return HIGH;
  }
  if (s >= 245) {
    d.irBand = 'COMPETITIVE';
    return COMPETITIVE;
  }
  if (s >= 235) {
    d.irBand = 'BORDERLINE';
    return BORDERLINE;
  }
  if (s >= 230) {
    d.irBand = 'LOW';
    return LOW;
  }
  d.irBand = 'VERY_LOW';
  return VERY_LOW;
});
