import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'letters.other-plans',
  topic: 'letters',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Transitional, preliminary, or research years'],
    [SEEDS.USIMG_DR, 'Decide on a backup specialty or dual-apply strategy'],
    [SEEDS.IMG_IR, '2. As a Non-IR Resident (IM, Surgery, etc.)'],
  ],
  summary:
    'Letter plan when this cycle\'s application is not radiology. PRELIM_THEN_REAPPLY: 3 letters, 1 from radiology (IR or DR) and 2 clinical, since the ' +
    'application goes to a preliminary or medicine year and the radiology letter keeps the later reapplication in view (the US-citizen IMG radiology ' +
    'article asks for letters that fit both fields, or a mix). ADJACENT_SPECIALTY: 3 clinical letters for the new specialty; the articles give no ' +
    'letter mix for it, so this is the office default. IMGs need US faculty, as in the radiology plans.',
});

const PRELIM = kit.result('LETTERS_PRELIM_YEAR', 'A preliminary or medicine-year application: two clinical letters and one radiology letter for the later reapplication.');
const ADJACENT = kit.result('LETTERS_ADJACENT', 'An application to a neighbouring specialty: three clinical letters from that field.');

export const otherPlanLetters = kit.define((f, d) => {
  const p = d.primary;
  if (p !== 'PRELIM_THEN_REAPPLY' && p !== 'ADJACENT_SPECIALTY') return null;
  const l = d.letters;
  l.needed = 3;
  l.fromIR = 0;
  l.fromDR = p === 'PRELIM_THEN_REAPPLY' ? 1 : 0;
  l.clinical = p === 'PRELIM_THEN_REAPPLY' ? 2 : 3;
  l.usFacultyRequired = f.isImg;
  return p === 'PRELIM_THEN_REAPPLY' ? PRELIM : ADJACENT;
});
