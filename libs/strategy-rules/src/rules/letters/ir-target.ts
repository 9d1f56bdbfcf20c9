import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'letters.ir-target',
  topic: 'letters',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Letters of recommendation: Your most powerful asset'],
    [SEEDS.IMG_IR, '2. High-Impact IR and DR Letters of Recommendation'],
    [SEEDS.USIMG_IR, 'A. Priority Order for Letters of Recommendation'],
    [SEEDS.SCORES_IR, '2. Interventional Radiology-specific commitment'],
  ],
  summary:
    'Letter plan (except on PRELIM_THEN_REAPPLY and ADJACENT_SPECIALTY, see letters.other-plans) for an IR target. US MD/DO: 3 letters, 2 from interventional radiologists (ideally home and away rotation) and 1 from a diagnostic ' +
    'radiologist (the MD graduate article; a fourth is optional). The MD graduate article allows a clinical mentor for the third and the Step score article asks for 2 IR/DR + 1 clinical; we ' +
    'keep the MD graduate article\'s DR letter because it also carries the DR half of the application. IMGs: 3 letters, 1 IR, 1 DR, 1 clinical (medicine or surgery), ' +
    'all from US faculty (the IMG IR article and the US-citizen IMG IR article: the US letters vouch for fit in the US system).',
});

const MD = kit.result('IR_LETTERS_US_GRAD', 'IR target, US graduate: two IR letters (home and away) and one from diagnostic radiology.');
const IMG = kit.result('IR_LETTERS_IMG', 'IR target, IMG: one IR, one DR and one clinical letter, each from US faculty.');

export const irTargetLetters = kit.define((f, d) => {
  if (!f.targetIR) return null;
  if (d.primary === 'PRELIM_THEN_REAPPLY' || d.primary === 'ADJACENT_SPECIALTY') return null;
  const l = d.letters;
  l.needed = 3;
  if (f.isImg) {
    l.fromIR = 1;
    l.fromDR = 1;
    l.clinical = 1;
    l.usFacultyRequired = true;
    return IMG;
  }
  l.fromIR = 2;
  l.fromDR = 1;
  l.clinical = 0;
  l.usFacultyRequired = false;
  return MD;
});
