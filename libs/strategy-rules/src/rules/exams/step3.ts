import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';

const kit = ruleKit({
  id: 'exams.step3',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.IMG_IR, '2. Consider Taking Step 3 Before Application'],
    [SEEDS.USIMG_DR, '2. Consider Step 3 strategically'],
    [SEEDS.USIMG_DR, 'Scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226'],
    [SEEDS.USIMG_DR, 'Scenario 3: US citizen IMG, Step 1 failure (later pass), Step 2 CK 205'],
  ],
  summary:
    'Step 3 advice. Passed: NOT_NEEDED. A failed Step 3 not yet passed: BEFORE_APPLYING (only a pass undoes it). Non-US IMG (seed 000): ' +
    'BEFORE_APPLYING when a visa is needed (it can help H-1B), after a failure, or with a target band of BORDERLINE or lower; else OPTIONAL. ' +
    'US-citizen IMG (seed 002): BEFORE_APPLYING after a failure or repeat attempt or with a DR band VERY_LOW (scenario 3: aim above 220), ' +
    'OPTIONAL with a DR band LOW, else AFTER_MATCH (scenario 1, 226: after matching). US MD/DO: seeds 001 and 003 give no pre-application Step 3 ' +
    'advice, so AFTER_MATCH, or OPTIONAL after a failure (seed 000: a pass reassures after a failed exam). Every pre-match sitting comes with seed ' +
    '000/002\'s warning: only when a comfortable pass (about 220+) is likely, since another weak result hurts more than none.',
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

export const step3 = kit.define((f, d) => {
  if (f.step3Passed) {
    d.step3 = 'NOT_NEEDED';
    return DONE;
  }
  if (f.step3Failures > 0) {
    d.step3 = 'BEFORE_APPLYING';
    return RETAKE;
  }
  const type = f.profile.applicantType;
  if (type === 'NON_US_IMG') {
    if (f.needsVisa) {
      d.step3 = 'BEFORE_APPLYING';
      return VISA;
    }
    const band = f.targetIR ? d.irBand : d.drBand;
    if (f.failures > 0 || (band !== 'UNKNOWN' && bandLevel(band) <= 2)) {
      d.step3 = 'BEFORE_APPLYING';
      return BEFORE;
    }
    d.step3 = 'OPTIONAL';
    return OPTIONAL;
  }
  if (type === 'US_IMG') {
    if (f.failures > 0 || f.multipleAttempts || d.drBand === 'VERY_LOW') {
      d.step3 = 'BEFORE_APPLYING';
      return BEFORE;
    }
    if (d.drBand === 'LOW') {
      d.step3 = 'OPTIONAL';
      return OPTIONAL;
    }
    d.step3 = 'AFTER_MATCH';
    return AFTER;
  }
  if (f.failures > 0) {
    d.step3 = 'OPTIONAL';
    return OPTIONAL;
  }
  d.step3 = 'AFTER_MATCH';
  return AFTER;
});
