import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'programs.integrated-ir',
  topic: 'program-selection',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Program selection: Matching your profile to program reality'],
    [SEEDS.IMG_IR, '1. Program Selection for IMGs with Low Scores'],
    [SEEDS.SCORES_IR, '3. Geographic and program-type considerations'],
  ],
  summary:
    'Whenever Integrated IR applications are planned: put the home program and away-rotation sites first, then mid-tier academic and large ' +
    'community programs with IR (the MD graduate article); for IMGs, programs with IMGs in DR/IR and holistic review (the IMG IR article). Below the COMPETITIVE band, ' +
    'leave out small elite programs that screen hard on scores (the IMG IR article, the MD graduate article and the Step score article).',
});

const US = kit.result('IR_LIST_US', 'The Integrated IR list should be built around places that know the applicant.', {
  actions: [kit.action('PROGRAMS_IR_CORE', 2, 'Build the IR list around the home program, away-rotation sites and mid-tier academic or large community programs with IR positions.')],
});
const IMG = kit.result('IR_LIST_IMG', 'The Integrated IR list should favour programs with a record of IMG trainees.', {
  actions: [kit.action('PROGRAMS_IR_CORE', 2, 'Build the IR list from programs with IMGs among recent DR/IR residents, programs with holistic review, and places where you rotated or did research.')],
});
const AVOID = kit.action('PROGRAMS_IR_SKIP_ELITE', 3, 'Leave out tiny, highly selective IR programs that match one or two residents a year and screen hard on scores.');
const US_LOW = kit.result('IR_LIST_US_LOW', 'The Integrated IR list should be built around places that know the applicant, without score-driven elite programs.', {
  actions: [...(US.actions ?? []), AVOID],
});
const IMG_LOW = kit.result('IR_LIST_IMG_LOW', 'The Integrated IR list should favour programs with IMG trainees, without score-driven elite programs.', {
  actions: [...(IMG.actions ?? []), AVOID],
});

export const integratedIrList = kit.define((f, d) => {
  if (d.applications.integratedIR === null) return null;
  const low = d.irBand !== 'HIGH' && d.irBand !== 'COMPETITIVE';
  if (f.isImg) return low ? IMG_LOW : IMG;
  return low ? US_LOW : US;
});
