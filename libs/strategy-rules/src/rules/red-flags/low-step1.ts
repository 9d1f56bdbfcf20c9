import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.low-step1',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, 'What Counts as a "Low" Score?'],
    [SEEDS.IMG_IR, '1. Crush Step 2 CK'],
  ],
  summary:
    'A numeric Step 1 under 230 is low for IR (the IMG IR article: under about 225-230; we take 230). WARNING for an IR target, INFO for DR. ' +
    'While Step 2 CK is still ahead, the action sets the goal the IMG IR article gives: a clear rise, ideally 10-20 points above Step 1.',
});

const IR = kit.result('LOW_STEP1_IR', 'Numeric Step 1 under 230 for an IR target.', {
  flags: [kit.flag('LOW_STEP1', 'WARNING', 'Numeric Step 1 under 230: low for IR; the file needs a visible upward trend.')],
});
const DR = kit.result('LOW_STEP1_DR', 'Numeric Step 1 under 230 for a DR target.', {
  flags: [kit.flag('LOW_STEP1', 'INFO', 'Numeric Step 1 under 230: programs will weigh Step 2 CK and the trend more heavily.')],
});
const TREND = kit.action('STEP2CK_UPWARD_TREND', 1, 'Plan Step 2 CK to land clearly above Step 1, ideally 10-20 points higher, to show the earlier score was not the ceiling.');
const IR_AHEAD = kit.result('LOW_STEP1_IR_TREND', 'Numeric Step 1 under 230 for an IR target, Step 2 CK still ahead.', {
  flags: IR.flags ?? [],
  actions: [TREND],
});
const DR_AHEAD = kit.result('LOW_STEP1_DR_TREND', 'Numeric Step 1 under 230 for a DR target, Step 2 CK still ahead.', {
  flags: DR.flags ?? [],
  actions: [TREND],
});

export const lowStep1 = kit.define((f) => {
  const s = f.step1Score;
  if (s === null || s >= 230) return null;
  const ahead = !f.step2Passed;
  if (f.targetIR) return ahead ? IR_AHEAD : IR;
  return ahead ? DR_AHEAD : DR;
});
