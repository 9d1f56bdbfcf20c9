import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.old-graduate',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, '1. Map Your Current Profile'],
    [SEEDS.MD_IR, "If you've already graduated"],
  ],
  summary:
    'Years from graduation to the application year, in seed 000\'s buckets: under 3 no flag, 3-5 OLD_GRADUATE, over 5 more serious. ' +
    'Seed 000 writes about IMGs, so IMGs get WARNING (3-5) and CRITICAL (over 5); US graduates get INFO, with seed 001\'s advice to show recent, ' +
    'sustained clinical or IR work after graduation.',
});

const action = kit.action(
  'RECENT_CLINICAL_WORK',
  2,
  'Show recent, hands-on clinical work in the US (a research fellowship with patient contact, a coordinator role, an observership) so the gap since graduation reads as active time.',
);
const IMG_MID = kit.result('GRADUATE_3_TO_5_YEARS_IMG', 'Three to five years since graduation by the application year.', {
  flags: [kit.flag('OLD_GRADUATE', 'WARNING', 'Three to five years since graduation: some programs prefer recent graduates.')],
  actions: [action],
});
const IMG_OLD = kit.result('GRADUATE_OVER_5_YEARS_IMG', 'More than five years since graduation by the application year.', {
  flags: [kit.flag('OLD_GRADUATE', 'CRITICAL', 'More than five years since graduation: many programs screen this out; expect a longer route.')],
  actions: [action],
});
const US = kit.result('GRADUATE_3_PLUS_YEARS_US', 'Three or more years since graduation by the application year.', {
  flags: [kit.flag('OLD_GRADUATE', 'INFO', 'Three or more years since graduation: programs will ask what the time since was spent on.')],
  actions: [action],
});

export const oldGraduate = kit.define((f) => {
  const y = f.yearsSinceGraduation;
  if (y < 3) return null;
  if (!f.isImg) return US;
  return y > 5 ? IMG_OLD : IMG_MID;
});
