import { GENERAL, PHASE, SEEDS, ruleKit } from '../../engine/define';
import { longDate, meetable, passed } from '../../engine/deadlines';
import { dateKey } from '../../engine/dates';

const kit = ruleKit({
  id: 'exams.step2ck.timing',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '1. Timing: When to take Step 2 CK for IR'],
    [SEEDS.SCORES_IR, '3. Should I delay Step 2 CK to score higher if I\'m aiming for IR?'],
    [SEEDS.MD_IR, 'ERAS strategy with low scores'],
    [GENERAL.CALENDAR, 'Submission window of each cycle'],
  ],
  summary:
    'Step 2 CK against the cycle\'s calendar. Ideal: sat by 31 July (the Step score article: late June or July, so the score is back before ' +
    'applications open). Acceptable: August, the window it gives for remediation after a weak Step 1 or clerkships. Scheduled 1-10 September: ' +
    'STEP2CK_LATE WARNING (not past early September); later: CRITICAL (the score lands after many interview decisions). Not passed and not ' +
    'scheduled: STEP2CK_MISSING, WARNING, CRITICAL once 10 September has passed. The action is due 31 July, or 31 August when remediation is needed ' +
    '(a failure or a numeric Step 1 under 230). A date that has passed becomes a fact with its consequence, and the action moves to the next date ' +
    'that can still be met (31 August, 10 September, then the close of the submission window). A sitting whose date has passed waits for its result ' +
    'and is not counted as upcoming.',
});

const ON_TIME = kit.result('STEP2CK_ON_TIME', 'Step 2 CK is scheduled by the end of July, so the score should be back before applications open.');
const AUGUST = kit.result('STEP2CK_AUGUST', 'Step 2 CK is scheduled in August: acceptable when the extra weeks go to remediation, but not later.');

export const step2ckTiming = kit.define((f) => {
  if (f.step2Passed) return null;
  const cal = f.calendar;
  const year = f.applicationYear;
  const pending = f.resultsDue.find((r) => r.exam === 'STEP2CK');
  if (pending !== undefined && f.step2Scheduled === null) {
    const late = dateKey(pending.date) > f.calendarKeys.latest;
    const message = late
      ? `Step 2 CK was sat on ${longDate(pending.date)}, after early September: its result reaches programs after many interview decisions of the ${year} cycle.`
      : `Step 2 CK was sat on ${longDate(pending.date)}; its result is not on record yet.`;
    return kit.dynamic('STEP2CK_RESULT_PENDING', message, late ? [kit.flag('STEP2CK_LATE', 'WARNING', message)] : null, null);
  }
  const sched = f.step2Scheduled;
  const key = f.step2ScheduledKey;
  if (sched !== null && sched !== '') {
    const k = f.calendarKeys;
    if (key <= k.ideal) return ON_TIME;
    if (key <= k.remediation) return AUGUST;
    const critical = key > k.latest;
    const message = critical
      ? `Step 2 CK scheduled on ${longDate(sched)}: the score would arrive after many interview decisions for the ${year} cycle.`
      : `Step 2 CK scheduled on ${longDate(sched)}: at the very edge of the ${year} cycle; an earlier date is safer.`;
    const due = meetable(f, [cal.step2ckRemediationBy, cal.step2ckLatest, cal.submissionWindowCloses]);
    return kit.dynamic(
      'STEP2CK_LATE',
      message,
      [kit.flag('STEP2CK_LATE', critical ? 'CRITICAL' : 'WARNING', message)],
      dateKey(due) < key ? [kit.action('MOVE_STEP2CK_EARLIER', 1, `Move Step 2 CK earlier, to a date by ${longDate(due)}, if readiness allows.`, due)] : null,
    );
  }
  const needsRemediation = f.failures > 0 || (f.step1Score !== null && f.step1Score < 230);
  const ideal = needsRemediation ? cal.step2ckRemediationBy : cal.step2ckIdealBy;
  const due = meetable(f, needsRemediation ? [ideal, cal.step2ckLatest, cal.submissionWindowCloses] : [ideal, cal.step2ckRemediationBy, cal.step2ckLatest, cal.submissionWindowCloses]);
  const missed = passed(f, ideal);
  const critical = passed(f, cal.step2ckLatest);
  const message = critical
    ? `No passing Step 2 CK and 10 September of ${year} has passed: the score will reach programs after many interview decisions of the ${year} cycle.`
    : missed
      ? `The ${longDate(ideal)} date for Step 2 CK has passed: a result that arrives after applications open costs interviews in the ${year} cycle.`
      : sched === ''
        ? `Step 2 CK is scheduled without a date; it needs one by ${longDate(due)} for the ${year} cycle.`
        : `No passing Step 2 CK yet; programs expect it before they invite for the ${year} cycle.`;
  const ask = missed
    ? `Book Step 2 CK at the earliest date you are ready for, by ${longDate(due)} at the latest, and sit it only when practice exams reach the target.`
    : needsRemediation
      ? 'Book Step 2 CK after a focused remediation block, at the latest in August, and sit it only when practice exams reach the target.'
      : 'Book Step 2 CK for late June or July so the score is back before applications open.';
  return kit.dynamic(
    'STEP2CK_MISSING',
    message,
    [kit.flag('STEP2CK_MISSING', critical ? 'CRITICAL' : 'WARNING', message)],
    [kit.action('SCHEDULE_STEP2CK', 1, ask, due)],
  );
});
