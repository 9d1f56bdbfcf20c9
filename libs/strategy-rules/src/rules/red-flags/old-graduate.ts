import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'flags.old-graduate',
  topic: 'red-flags',
  phase: PHASE.FLAGS,
  sources: [
    [SEEDS.IMG_IR, '1. Map Your Current Profile'],
    [SEEDS.USIMG_IR, 'B. If You Have Red Flags or Lower Scores'],
    [SEEDS.USIMG_DR, 'What "low" actually means'],
    [SEEDS.MD_IR, "If you've already graduated"],
  ],
  summary:
    'Years from graduation to the application year, in the IMG IR article\'s buckets (under 3, 3-5, over 5), for every applicant type. ' +
    'Non-US IMG: that article speaks to them directly, so 3-5 years is a WARNING and over 5 CRITICAL (and pathway.non-us-img.pathway-c takes over). ' +
    'US-citizen IMG: the same buckets and severities; the US-citizen IMG IR article lists gaps in education among red flags and the US-citizen IMG ' +
    'radiology article says long gaps prompt questions. US MD: the MD graduate article asks recent graduates for sustained, recent IR work; 3-5 years ' +
    'is INFO, over 5 a WARNING. US DO: the articles are silent (the MD article excludes DO graduates); we apply the US MD reading as the nearest ' +
    'case and say so. Every flagged case gets the action to show recent clinical work.',
});

const action = kit.action(
  'RECENT_CLINICAL_WORK',
  2,
  'Show recent, hands-on clinical work in the US (a research fellowship with patient contact, a coordinator role, an observership) so the gap since graduation reads as active time.',
);
const IMG_MID = kit.result('GRADUATE_3_TO_5_YEARS_IMG', 'Three to five years since graduation by the application year, as an IMG.', {
  flags: [kit.flag('OLD_GRADUATE', 'WARNING', 'Three to five years since graduation: some programs prefer recent graduates.')],
  actions: [action],
});
const IMG_OLD = kit.result('GRADUATE_OVER_5_YEARS_IMG', 'More than five years since graduation by the application year, as an IMG.', {
  flags: [kit.flag('OLD_GRADUATE', 'CRITICAL', 'More than five years since graduation: many programs screen this out; expect a longer route.')],
  actions: [action],
});
const US_MID = kit.result('GRADUATE_3_TO_5_YEARS_US', 'Three to five years since graduation by the application year, as a US graduate.', {
  flags: [kit.flag('OLD_GRADUATE', 'INFO', 'Three to five years since graduation: programs will ask what the time since was spent on.')],
  actions: [action],
});
const US_OLD = kit.result('GRADUATE_OVER_5_YEARS_US', 'More than five years since graduation by the application year, as a US graduate.', {
  flags: [kit.flag('OLD_GRADUATE', 'WARNING', 'More than five years since graduation: recent clinical work has to show the skills are current.')],
  actions: [action],
});
const DO_MID = kit.result('GRADUATE_3_TO_5_YEARS_DO', 'Three to five years since graduation, as a DO graduate; the articles are silent on DO graduates, so the US MD reading applies.', {
  flags: US_MID.flags ?? [],
  actions: [action],
});
const DO_OLD = kit.result('GRADUATE_OVER_5_YEARS_DO', 'More than five years since graduation, as a DO graduate; the articles are silent on DO graduates, so the US MD reading applies.', {
  flags: US_OLD.flags ?? [],
  actions: [action],
});

export const oldGraduate = kit.define((f) => {
  const y = f.yearsSinceGraduation;
  if (y < 3) return null;
  const old = y > 5;
  switch (f.profile.applicantType) {
    case 'NON_US_IMG':
    case 'US_IMG':
      return old ? IMG_OLD : IMG_MID;
    case 'US_DO':
      return old ? DO_OLD : DO_MID;
    default:
      return old ? US_OLD : US_MID;
  }
});
