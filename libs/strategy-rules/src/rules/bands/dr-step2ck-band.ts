import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'dr.step2ck.band',
  topic: 'bands',
  phase: PHASE.BANDS,
  sources: [
    [SEEDS.USIMG_DR, 'Clarify where you stand'],
    [SEEDS.USIMG_DR, 'What "low" actually means'],
    [SEEDS.SCORES_IR, '2. How to tailor your list based on Step scores'],
  ],
  summary:
    'DR band from the best passing Step 2 CK score: 245+ HIGH, 230-244 COMPETITIVE, 220-229 BORDERLINE (the US-citizen IMG radiology article: mildly low), ' +
    '210-219 LOW (moderately low), under 210 VERY_LOW (significantly low). The US-citizen IMG radiology article gives no upper band; we take 245 from the Step score article, ' +
    'where a score of 245 or more lets an IR applicant keep the DR list short.',
});

const HIGH = kit.result('DR_BAND_HIGH', 'Step 2 CK of 245 or more: strong for diagnostic radiology.');
const COMPETITIVE = kit.result('DR_BAND_COMPETITIVE', 'Step 2 CK of 230-244: at or above the usual range at competitive radiology programs.');
const BORDERLINE = kit.result('DR_BAND_BORDERLINE', 'Step 2 CK of 220-229: mildly low for DR; community and hybrid programs are realistic, many university programs remain possible.');
const LOW = kit.result('DR_BAND_LOW', 'Step 2 CK of 210-219: moderately low for DR; academic programs get choosier, community and smaller affiliates are the realistic core.');
const VERY_LOW = kit.result('DR_BAND_VERY_LOW', 'Step 2 CK under 210: significantly low for DR; most programs become a long shot without a multi-year plan.');

export const drStep2ckBand = kit.define((f, d) => {
  const s = f.step2Score;
  if (s === null) return null;
  d.basis = 'STEP2CK';
  if (s >= 245) {
    d.drBand = 'HIGH';
    return HIGH;
  }
  if (s >= 230) {
    d.drBand = 'COMPETITIVE';
    return COMPETITIVE;
  }
  if (s >= 220) {
    d.drBand = 'BORDERLINE';
    return BORDERLINE;
  }
  if (s >= 210) {
    d.drBand = 'LOW';
    return LOW;
  }
  d.drBand = 'VERY_LOW';
  return VERY_LOW;
});
