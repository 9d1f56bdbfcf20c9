import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.repeat-applicant',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.MD_IR, 'Transitional, preliminary, or research years'],
    [SEEDS.MD_IR, 'When to pivot away from IR completely'],
  ],
  summary:
    'previousApplications > 0 raises REPEAT_APPLICANT: WARNING after one unsuccessful cycle, CRITICAL after two or more (the MD graduate article counts repeated ' +
    'cycles without interviews among the reasons a pivot becomes reasonable). The action asks for new letters and visible progress since the last cycle.',
});

const action = kit.action(
  'REAPPLICATION_EVIDENCE',
  1,
  'Before reapplying, collect fresh letters from the attendings you work with now and document what changed since the last cycle (new scores, research, clinical work).',
);
const ONCE = kit.result('REPEAT_APPLICANT', 'One earlier unsuccessful cycle.', {
  flags: [kit.flag('REPEAT_APPLICANT', 'WARNING', 'Reapplicant: programs will compare this file with the last one and look for progress.')],
  actions: [action],
});
const TWICE = kit.result('REPEAT_APPLICANT_MULTIPLE', 'Two or more earlier unsuccessful cycles.', {
  flags: [kit.flag('REPEAT_APPLICANT', 'CRITICAL', 'Two or more unsuccessful cycles: time to weigh a change of course alongside another attempt.')],
  actions: [action],
});

export const repeatApplicant = kit.define((f) => {
  const n = f.previousApplications;
  if (n <= 0) return null;
  return n >= 2 ? TWICE : ONCE;
});
