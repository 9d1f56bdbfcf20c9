import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'rotations.dr.electives',
  topic: 'rotations',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, 'Scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226'],
    [SEEDS.USIMG_DR, '3. Prioritize strong US clinical experience with radiology exposure'],
    [SEEDS.MD_IR, 'Clerkship performance: You can\'t afford mediocrity'],
  ],
  summary:
    'DR target: at least one radiology rotation (the MD graduate article asks for honors in the DR elective). For IMGs, 1-2 radiology away rotations in the US at ' +
    'IMG-friendly programs (the US-citizen IMG radiology article scenario 1); the action asks for the missing ones. Not on ADJACENT_SPECIALTY or PRELIM_THEN_REAPPLY (no radiology application this cycle).',
});

const NONE = kit.result('NO_RADIOLOGY_ROTATION', 'DR target without any radiology rotation on record.', {
  actions: [kit.action('RADIOLOGY_ELECTIVE', 1, 'Take a radiology elective and aim for top marks; it is the source of the radiology letters.')],
});
const IMG_AWAY = kit.result('NO_US_RADIOLOGY_ROTATION', 'DR target, IMG, without a US radiology rotation.', {
  actions: [kit.action('US_RADIOLOGY_AWAY', 1, 'Arrange one or two radiology away rotations in the US at programs that take IMGs.')],
});

export const drElectives = kit.define((f, d) => {
  if (f.targetIR || d.primary === 'ADJACENT_SPECIALTY' || d.primary === 'PRELIM_THEN_REAPPLY') return null;
  if (f.radiologyRotations === 0) return f.isImg ? IMG_AWAY : NONE;
  if (f.isImg && f.usRadiologyRotations === 0) return IMG_AWAY;
  return null;
});
