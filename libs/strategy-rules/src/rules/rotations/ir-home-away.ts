import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { meetable } from '../../engine/deadlines';
import { type Facts } from '../../engine/facts';
import { bandLevel } from '../../engine/pathways';
import type { Action, Flag } from '../../types';

const kit = ruleKit({
  id: 'rotations.ir.home-away',
  topic: 'rotations',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.MD_IR, 'Away rotations and sub-internships: Strategic choices'],
    [SEEDS.MD_IR, '3. How many IR away rotations should I do if my scores are below average?'],
    [SEEDS.USIMG_IR, 'B. Targeted IR and Radiology Rotations'],
    [SEEDS.SCORES_IR, 'Practical Timeline: Putting Your Step Score Strategy into Action'],
  ],
  summary:
    'IR rotations for an IR target. A home IR rotation whenever the home program has IR (the MD graduate article: mandatory), due 31 August of the application year (after that date, by the close of the submission window). ' +
    'Away IR rotations: 1 with an IR band of COMPETITIVE or HIGH, 2 otherwise (the MD graduate article: home plus one away at minimum, two with low scores; the Step score article: ' +
    'one or two). For IMGs the count applies to US radiology (IR or DR) rotations instead (the US-citizen IMG IR article). NO_IR_ROTATION when no IR rotation is completed or under way: ' +
    'WARNING if one is planned, CRITICAL if none is. Not on ADJACENT_SPECIALTY or PRELIM_THEN_REAPPLY: those plans send no radiology application ' +
    'this cycle, so no IR rotation is due this summer.',
});

const NO_ROTATION_PLANNED = kit.flag('NO_IR_ROTATION', 'WARNING', 'No IR rotation completed yet, only planned: programs weigh IR rotation performance heavily.');
const NO_ROTATION = kit.flag('NO_IR_ROTATION', 'CRITICAL', 'No IR rotation on record: without one there is no first-hand IR evaluation and no IR letter.');
const HOME = (due: string): Action =>
  kit.action('HOME_IR_ROTATION', 1, 'Schedule the home IR rotation; with a home IR department it is expected of every IR applicant.', due);

function awayAction(f: Facts, missing: number): Action {
  const where = f.isImg
    ? 'in the US, at IR-strong programs known to take IMGs where you would gladly train'
    : 'at mid-tier or community programs with strong IR volume that consider lower scores, ideally where your school or mentors have ties';
  return kit.action(
    f.isImg ? 'US_IR_ROTATIONS' : 'AWAY_IR_ROTATIONS',
    1,
    `Plan ${missing} more away IR rotation${missing === 1 ? '' : 's'} ${where}; one excellent rotation with a strong letter beats several average ones.`,
  );
}

export const irHomeAway = kit.define((f, d) => {
  if (!f.targetIR || d.primary === 'ADJACENT_SPECIALTY' || d.primary === 'PRELIM_THEN_REAPPLY') return null;
  const needed = bandLevel(d.irBand) >= 3 ? 1 : 2;
  const have = f.isImg ? f.usRadiologyRotations : f.irAwayRotations;
  const flags: Flag[] = [];
  const actions: Action[] = [];
  if (f.irRotationsDone + f.irRotationsInProgress === 0) flags.push(f.irRotationsPlanned > 0 ? NO_ROTATION_PLANNED : NO_ROTATION);
  if (f.profile.homeProgramHasIR === true && f.irHomeRotations === 0) {
    // 31 August of the application year, or the close of the submission window once that date has passed.
    actions.push(HOME(meetable(f, [`${f.applicationYear}-08-31`, f.calendar.submissionWindowCloses])));
  }
  if (have < needed) actions.push(awayAction(f, needed - have));
  const message = f.isImg
    ? `IR target: ${needed} US IR or radiology rotation${needed === 1 ? '' : 's'} needed, ${have} on record.`
    : `IR target: home IR rotation plus ${needed} away rotation${needed === 1 ? '' : 's'}; ${have} away on record.`;
  return kit.dynamic(flags.length > 0 ? 'IR_ROTATIONS_MISSING' : actions.length > 0 ? 'IR_ROTATIONS_INCOMPLETE' : 'IR_ROTATIONS_OK', message, flags, actions);
});
