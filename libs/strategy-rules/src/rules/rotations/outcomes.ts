import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'rotations.outcomes',
  topic: 'rotations',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Clerkship performance: You can\'t afford mediocrity'],
    [SEEDS.IMG_IR, '3. Leverage Clinical Performance and Shelf Exams'],
  ],
  summary:
    'A failed rotation raises ROTATION_FAILURE (WARNING): with low scores the clinical record is the main currency, and weak clinical results cut ' +
    'chances steeply (the MD graduate article). It never changes the pathway (a completed IR rotation never lowers it); it asks for a strong repeat performance.',
});

const FAILED = kit.result('ROTATION_FAILURE', 'A failed rotation is on record.', {
  flags: [kit.flag('ROTATION_FAILURE', 'WARNING', 'Failed rotation on record: the clinical record must now show sustained strong evaluations.')],
  actions: [
    kit.action('CLINICAL_RECOVERY', 1, 'Follow the failed rotation with strong ones: ask for feedback mid-rotation and for evaluations that note the improvement.'),
  ],
});

export const rotationOutcomes = kit.define((f) => (f.rotationFailures > 0 ? FAILED : null));
