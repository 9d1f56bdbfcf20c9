import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'letters.dr-target',
  topic: 'letters',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, '4. Obtain high-impact letters of recommendation'],
    [SEEDS.USIMG_DR, 'Scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226'],
  ],
  summary:
    'Letter plan (except on PRELIM_THEN_REAPPLY and ADJACENT_SPECIALTY, see letters.other-plans) for a DR target: 3 letters, at least 2 from radiologists (IR writers count) and 1 clinical (medicine, surgery or emergency medicine), ' +
    'per the US-citizen IMG radiology article (scenario 1 allows a third radiology letter). For IMGs the letters must come from US faculty; no article covers DR-only letters for US ' +
    'graduates, so they get the same mix without that requirement.',
});

const IMG = kit.result('DR_LETTERS_IMG', 'DR target, IMG: two radiology letters and one clinical letter, from US faculty.');
const US = kit.result('DR_LETTERS_US_GRAD', 'DR target: two radiology letters and one clinical letter.');

export const drTargetLetters = kit.define((f, d) => {
  if (f.targetIR) return null;
  if (d.primary === 'PRELIM_THEN_REAPPLY' || d.primary === 'ADJACENT_SPECIALTY') return null;
  const l = d.letters;
  l.needed = 3;
  l.fromIR = 0;
  l.fromDR = 2;
  l.clinical = 1;
  l.usFacultyRequired = f.isImg;
  return f.isImg ? IMG : US;
});
