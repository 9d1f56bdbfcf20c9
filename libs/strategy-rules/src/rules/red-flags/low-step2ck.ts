import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.low-step2ck',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.SCORES_IR, 'Target Score Ranges and What They Mean for IR Match Strategy'],
    [SEEDS.USIMG_IR, 'B. If You Have Red Flags or Lower Scores'],
    [SEEDS.USIMG_DR, 'Clarify where you stand'],
  ],
  summary:
    'Flags a low Step 2 CK against the target. IR: under 235 WARNING (the Step score article and the US-citizen IMG IR article both name 235), under 230 CRITICAL. ' +
    'DR: 220-229 INFO (mildly low), 210-219 WARNING, under 210 CRITICAL (the US-citizen IMG radiology article bands). Reads the score itself, not the band, so a failure alone does not raise it.',
});

const IR_LOW = kit.result('LOW_STEP2CK_IR', 'Step 2 CK under 235 for an IR target.', {
  flags: [kit.flag('LOW_STEP2CK', 'WARNING', 'Step 2 CK under 235: below the range many IR programs prefer; some filter it out automatically.')],
});
const IR_VERY_LOW = kit.result('VERY_LOW_STEP2CK_IR', 'Step 2 CK under 230 for an IR target.', {
  flags: [kit.flag('LOW_STEP2CK', 'CRITICAL', 'Step 2 CK under 230: below the floor for a realistic Integrated IR application.')],
});
const DR_MILD = kit.result('MILDLY_LOW_STEP2CK_DR', 'Step 2 CK of 220-229 for a DR target.', {
  flags: [kit.flag('LOW_STEP2CK', 'INFO', 'Step 2 CK of 220-229: mildly low for radiology; the rest of the file has to carry more weight.')],
});
const DR_LOW = kit.result('LOW_STEP2CK_DR', 'Step 2 CK of 210-219 for a DR target.', {
  flags: [kit.flag('LOW_STEP2CK', 'WARNING', 'Step 2 CK of 210-219: moderately low for radiology; most academic programs will pass.')],
});
const DR_VERY_LOW = kit.result('VERY_LOW_STEP2CK_DR', 'Step 2 CK under 210 for a DR target.', {
  flags: [kit.flag('LOW_STEP2CK', 'CRITICAL', 'Step 2 CK under 210: radiology interviews will be scarce without major compensating strengths.')],
});

export const lowStep2ck = kit.define((f) => {
  const s = f.step2Score;
  if (s === null) return null;
  if (f.targetIR) {
    if (s < 230) return IR_VERY_LOW;
    return s < 235 ? IR_LOW : null;
  }
  if (s < 210) return DR_VERY_LOW;
  if (s < 220) return DR_LOW;
  return s < 230 ? DR_MILD : null;
});
