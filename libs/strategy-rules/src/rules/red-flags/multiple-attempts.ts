import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.multiple-attempts',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, 'What Counts as a "Low" Score?'],
    [SEEDS.USIMG_DR, 'What "low" actually means'],
    [SEEDS.USIMG_DR, 'Clarify where you stand'],
  ],
  summary:
    'More than one sitting of the same Step exam is a red flag of its own (the IMG IR article and the US-citizen IMG radiology article). WARNING for two sittings of one exam; CRITICAL ' +
    'once two or more attempts were failed, which the US-citizen IMG radiology article ranks with significantly low scores.',
});

const ONE = kit.result('MULTIPLE_ATTEMPTS', 'The same Step exam was sat more than once.', {
  flags: [kit.flag('MULTIPLE_ATTEMPTS', 'WARNING', 'More than one attempt at the same Step exam: programs read repeated sittings as a risk signal.')],
});
const MANY = kit.result('MULTIPLE_FAILED_ATTEMPTS', 'Two or more failed attempts across the Step exams.', {
  flags: [kit.flag('MULTIPLE_ATTEMPTS', 'CRITICAL', 'Two or more failed attempts: most radiology programs treat this like a significantly low score.')],
});

export const multipleAttempts = kit.define((f) => {
  if (f.failures >= 2) return MANY;
  return f.multipleAttempts ? ONE : null;
});
