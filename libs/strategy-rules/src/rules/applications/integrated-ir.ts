import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import { range } from './ranges';

const kit = ruleKit({
  id: 'applications.integrated-ir',
  topic: 'applications',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '2. How to tailor your list based on Step scores'],
    [SEEDS.USIMG_IR, 'A. Building Your Program List: IR + DR'],
    [SEEDS.IMG_IR, 'Pathway A: Direct Integrated IR Residency (High Risk, High Reward)'],
  ],
  summary:
    'Integrated IR programs to apply to, only when the pathway is INTEGRATED_IR or DUAL_IR_DR. US MD/DO: 20-30 with an IR band of COMPETITIVE or HIGH ' +
    '(Step 2 CK 245+), else 10-20 (the Step score article; its two lists leave 240-244 open and we apply the smaller, since the Step score article asks borderline applicants to ' +
    'spread toward DR). US-citizen IMG: 25-40 (the US-citizen IMG IR article, written for that group, over the Step score article\'s 10-20: IMGs need more applications per interview). ' +
    'Non-US IMG: 10-20 (the IMG IR article asks for a selected list and gives no number; we take the Step score article\'s lower list).',
});

const R_20_30 = range(20, 30);
const R_10_20 = range(10, 20);
const R_25_40 = range(25, 40);
const MD_HIGH = kit.result('IR_APPS_20_30', 'Integrated IR: 20-30 programs, as a Step 2 CK of 245 or more allows.');
const MD_LOW = kit.result('IR_APPS_10_20', 'Integrated IR: 10-20 carefully chosen programs, favouring holistic review and places outside the busiest metros.');
const US_IMG = kit.result('IR_APPS_US_IMG', 'Integrated IR: 25-40 programs for a US-citizen IMG, more if the file is borderline.');
const NON_US = kit.result('IR_APPS_NON_US_IMG', 'Integrated IR: a selected 10-20 programs where the applicant has ties or the program reviews holistically.');

export const integratedIrApplications = kit.define((f, d) => {
  if (d.primary !== 'INTEGRATED_IR' && d.primary !== 'DUAL_IR_DR') return null;
  const type = f.profile.applicantType;
  if (type === 'US_IMG') {
    d.applications.integratedIR = R_25_40;
    return US_IMG;
  }
  if (type === 'NON_US_IMG') {
    d.applications.integratedIR = R_10_20;
    return NON_US;
  }
  if (bandLevel(d.irBand) >= 3) {
    d.applications.integratedIR = R_20_30;
    return MD_HIGH;
  }
  d.applications.integratedIR = R_10_20;
  return MD_LOW;
});
