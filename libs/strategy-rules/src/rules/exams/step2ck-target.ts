import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'exams.step2ck.target',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_IR, 'A. USMLE Expectations for IR and DR'],
    [SEEDS.USIMG_DR, 'What "low" actually means'],
    [SEEDS.SCORES_IR, '3. Using Step 2 CK to shape your IR application plan'],
  ],
  summary:
    'Until a passing Step 2 CK is on file, sets the score goal: 245 or more for IR (the US-citizen IMG IR article: 245-255+, 250+ for top academic programs), ' +
    '230 or more for DR (the US-citizen IMG radiology article: under about 230 is below average at competitive radiology programs). Once the score is in, the Step score article asks to ' +
    'revisit the list; recommend does that on every run. On ADJACENT_SPECIALTY no radiology score goal is set, nor while a sitting already taken waits for its result.',
});

const IR = kit.result('STEP2CK_TARGET_IR', 'Step 2 CK still ahead: for IR the goal is 245 or more (250+ for top academic programs).', {
  actions: [kit.action('STEP2CK_TARGET', 2, 'Prepare for a Step 2 CK of 245 or more; track readiness with timed practice exams before booking.')],
});
const DR = kit.result('STEP2CK_TARGET_DR', 'Step 2 CK still ahead: for DR the goal is 230 or more.', {
  actions: [kit.action('STEP2CK_TARGET', 2, 'Prepare for a Step 2 CK of 230 or more; track readiness with timed practice exams before booking.')],
});

export const step2ckTarget = kit.define((f, d) => {
  if (f.step2Passed || d.primary === 'ADJACENT_SPECIALTY') return null;
  // A sitting already behind us waits for its result (exams.results-due); there is nothing left to prepare for.
  if (f.step2Scheduled === null && f.resultsDue.some((r) => r.exam === 'STEP2CK')) return null;
  return f.targetIR ? IR : DR;
});
