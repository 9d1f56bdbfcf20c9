import { GENERAL, PHASE, type RuleResult, SEEDS, ruleKit } from '../../engine/define';
import { longDate } from '../../engine/deadlines';
import { type Facts } from '../../engine/facts';
import { bandLevel } from '../../engine/pathways';
import type { Band, Step3Advice } from '../../types';

const kit = ruleKit({
  id: 'exams.step3',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.IMG_IR, '2. Consider Taking Step 3 Before Application'],
    [SEEDS.USIMG_DR, '2. Consider Step 3 strategically'],
    [SEEDS.USIMG_DR, 'Scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226'],
    [SEEDS.USIMG_DR, 'Scenario 3: US citizen IMG, Step 1 failure (later pass), Step 2 CK 205'],
    [GENERAL.USMLE, 'Step 3 eligibility and score reporting'],
  ],
  summary:
    'Step 3 advice. Passed: NOT_NEEDED. A failed Step 3 not yet passed: BEFORE_APPLYING (only a pass undoes it). Non-US IMG (the IMG IR article): ' +
    'BEFORE_APPLYING when a visa is needed (it can help H-1B), after a failure, or with a target band of BORDERLINE or lower; else OPTIONAL. ' +
    'US-citizen IMG (the US-citizen IMG radiology article): BEFORE_APPLYING after a failure or repeat attempt or with a DR band VERY_LOW (its scenario 3: ' +
    'aim above 220), OPTIONAL with a DR band LOW, else AFTER_MATCH (scenario 1, 226: after matching). US MD/DO: the MD graduate and Step score articles ' +
    'give no pre-application Step 3 advice, so AFTER_MATCH, or OPTIONAL after a failure. Every pre-match sitting carries the warning of both IMG articles: ' +
    'only when a comfortable pass (about 220+) is likely. Eligibility is USMLE general knowledge, not article text: Step 3 needs the medical degree ' +
    'and a passed Step 2 CK, and its result takes three to four weeks, so BEFORE_APPLYING and OPTIONAL are given only to a student who holds the ' +
    'degree by the last useful sitting (five weeks before submission opens), has passed Step 2 CK, and for whom that sitting is still ahead. Anyone ' +
    'else gets AFTER_MATCH with the moment Step 3 becomes useful.',
});

const DONE = kit.result('STEP3_PASSED', 'Step 3 is already passed.');
const AFTER = kit.result('STEP3_AFTER_MATCH', 'Step 3 adds little before the match for this profile; take it during residency.');
const PREP = 'Sit Step 3 only with full preparation and practice scores that predict a comfortable pass (about 220 or more); a weak result does more harm than none.';
const RETAKE = kit.result('STEP3_RETAKE', 'A failed Step 3 stays on record until a pass replaces it.', {
  actions: [kit.action('PASS_STEP3', 1, PREP)],
});
const VISA = kit.result('STEP3_BEFORE_VISA', 'Needs a visa: a passed Step 3 can open H-1B sponsorship at some programs and eases concern about future exams.', {
  actions: [kit.action('STEP3_BEFORE_APPLYING', 2, PREP)],
});
const BEFORE = kit.result('STEP3_BEFORE_RISK', 'After a failure or with low scores, a good Step 3 before applying reassures programs about board exams.', {
  actions: [kit.action('STEP3_BEFORE_APPLYING', 2, PREP)],
});
const OPTIONAL = kit.result('STEP3_OPTIONAL', 'Step 3 before applying is optional here: worth it only if the result will be clearly solid.', {
  actions: [kit.action('STEP3_OPTIONAL', 3, PREP)],
});

/** What the articles would advise, before eligibility is checked. */
function wanted(f: Facts, irBand: Band, drBand: Band): [Step3Advice, RuleResult] {
  if (f.step3Failures > 0) return ['BEFORE_APPLYING', RETAKE];
  const type = f.profile.applicantType;
  if (type === 'NON_US_IMG') {
    if (f.needsVisa) return ['BEFORE_APPLYING', VISA];
    const band = f.targetIR ? irBand : drBand;
    if (f.failures > 0 || (band !== 'UNKNOWN' && bandLevel(band) <= 2)) return ['BEFORE_APPLYING', BEFORE];
    return ['OPTIONAL', OPTIONAL];
  }
  if (type === 'US_IMG') {
    if (f.failures > 0 || f.multipleAttempts || drBand === 'VERY_LOW') return ['BEFORE_APPLYING', BEFORE];
    if (drBand === 'LOW') return ['OPTIONAL', OPTIONAL];
    return ['AFTER_MATCH', AFTER];
  }
  if (f.failures > 0) return ['OPTIONAL', OPTIONAL];
  return ['AFTER_MATCH', AFTER];
}

export const step3 = kit.define((f, d) => {
  if (f.step3Passed) {
    d.step3 = 'NOT_NEEDED';
    return DONE;
  }
  const [advice, result] = wanted(f, d.irBand, d.drBand);
  if (advice === 'AFTER_MATCH') {
    d.step3 = advice;
    return result;
  }
  const cal = f.calendar;
  const lastSitting = cal.step3LatestSitting;
  const inTime = f.asOfKey <= f.calendarKeys.step3Sitting;
  if (f.degreeByStep3Sitting && f.step2Passed && !f.unresolvedStep1 && inTime) {
    d.step3 = advice;
    return result;
  }
  // The articles would want Step 3 before applying, but the student cannot sit it in time: say when it becomes useful.
  d.step3 = 'AFTER_MATCH';
  const year = f.applicationYear;
  const why = !f.degreeByStep3Sitting
    ? `Step 3 needs the medical degree, which comes after the last sitting that could help the ${year} cycle (${longDate(lastSitting)}); it becomes useful after graduation, before residency starts or before a later cycle.`
    : !f.step2Passed || f.unresolvedStep1
      ? `Step 3 can be booked only once Step 1 and Step 2 CK are passed; with those in hand it becomes useful before a later cycle or during residency.`
      : `The last Step 3 sitting whose result could reach the ${year} applications was ${longDate(lastSitting)}; it becomes useful after the match, or before a later cycle.`;
  const timing = f.needsVisa
    ? 'Plan Step 3 for after graduation and before residency starts: programs that sponsor an H-1B visa need it passed by then. ' + PREP
    : 'Plan Step 3 for the moment it becomes possible and useful (after graduation, before a later cycle or during residency). ' + PREP;
  return kit.dynamic('STEP3_NOT_YET_ELIGIBLE', why, null, [kit.action(f.step3Failures > 0 ? 'PASS_STEP3' : 'STEP3_WHEN_ELIGIBLE', f.step3Failures > 0 ? 1 : 3, timing)]);
});
