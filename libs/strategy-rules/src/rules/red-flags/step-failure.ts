import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.step-failure',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, 'What Counts as a "Low" Score?'],
    [SEEDS.MD_IR, 'What counts as a "low" Step score for IR?'],
    [SEEDS.USIMG_DR, 'Addressing scores in ERAS and MSPE'],
    [SEEDS.IMG_IR, '4. Personal Statement and Narrative for Low Scores'],
  ],
  summary:
    'Any failed attempt is a CRITICAL red flag (all five articles agree it is serious but not always final). The action asks for a short, factual ' +
    'account in ERAS and the personal statement (the IMG IR article: 3-4 sentences; the US-citizen IMG radiology article: 2-4) that names what changed and points to later results. ' +
    'An exam failed and not yet passed adds a first-priority action to pass it before anything else: a failure only counts as recovered once a pass follows.',
});

const FAILED = kit.result('STEP_FAILURE', 'A failed USMLE attempt is on record; programs will look for evidence of recovery.', {
  flags: [kit.flag('STEP_FAILURE', 'CRITICAL', 'Failed USMLE attempt on record: many programs screen on this; later results have to show the recovery.')],
  actions: [
    kit.action(
      'EXPLAIN_FAILURE',
      1,
      'Write a brief, factual note on the failed attempt for ERAS and the personal statement (a few sentences): the cause, what you changed, and the results since.',
    ),
  ],
});

const RETAKE = kit.action(
  'PASS_FAILED_EXAM',
  1,
  'Prepare for and pass the failed exam before anything else; until a pass is on record, programs read the failure as unresolved.',
);
const OPEN = kit.result('STEP_FAILURE_UNRESOLVED', 'A failed USMLE exam is not yet passed; only a later pass turns it into a recovered failure.', {
  flags: FAILED.flags ?? [],
  actions: [...(FAILED.actions ?? []), RETAKE],
});

export const stepFailure = kit.define((f) => (f.failures === 0 ? null : f.unresolvedFailures > 0 ? OPEN : FAILED));
