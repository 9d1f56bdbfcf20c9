import { PHASE, SEEDS, ruleKit } from '../../engine/define';

const kit = ruleKit({
  id: 'exams.step2ck.timing',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '1. Timing: When to take Step 2 CK for IR'],
    [SEEDS.SCORES_IR, '3. Should I delay Step 2 CK to score higher if I\'m aiming for IR?'],
    [SEEDS.MD_IR, 'ERAS strategy with low scores'],
  ],
  summary:
    'Step 2 CK against the application year (applications open in September). Ideal: sat by 31 July (seed 003: late June or July, so the score ' +
    'is back before applications open). Acceptable: August, the window seed 003 gives for remediation after a weak Step 1 or clerkships. ' +
    'Scheduled 1-10 September: STEP2CK_LATE WARNING (seed 003: not past early September); later: CRITICAL (the score lands after many interview ' +
    'decisions). Not passed and not scheduled: STEP2CK_MISSING, WARNING, CRITICAL once 10 September of the application year has passed. The action ' +
    'is due 31 July, or 31 August when remediation is needed (a failure or a numeric Step 1 under 230).',
});

const ON_TIME = kit.result('STEP2CK_ON_TIME', 'Step 2 CK is scheduled by the end of July, so the score should be back before applications open.');
const AUGUST = kit.result('STEP2CK_AUGUST', 'Step 2 CK is scheduled in August: acceptable when the extra weeks go to remediation, but not later.');

export const step2ckTiming = kit.define((f) => {
  if (f.step2Passed) return null;
  const year = f.applicationYear;
  const ideal = year * 10000 + 731;
  const remediation = year * 10000 + 831;
  const latest = year * 10000 + 910;
  const sched = f.step2Scheduled;
  const key = f.step2ScheduledKey;
  if (sched !== null && sched !== '') {
    if (key <= ideal) return ON_TIME;
    if (key <= remediation) return AUGUST;
    const critical = key > latest;
    const message = critical
      ? `Step 2 CK scheduled on ${sched}: the score would arrive after many interview decisions for the ${year} cycle.`
      : `Step 2 CK scheduled on ${sched}: at the very edge of the ${year} cycle; an earlier date is safer.`;
    return kit.dynamic(
      'STEP2CK_LATE',
      message,
      [kit.flag('STEP2CK_LATE', critical ? 'CRITICAL' : 'WARNING', message)],
      [kit.action('MOVE_STEP2CK_EARLIER', 1, 'Move Step 2 CK to a date by the end of July (August at the latest) if readiness allows.', `${year}-08-31`)],
    );
  }
  const needsRemediation = f.failures > 0 || (f.step1Score !== null && f.step1Score < 230);
  const due = needsRemediation ? `${year}-08-31` : `${year}-07-31`;
  const critical = f.asOfKey > latest;
  const message = critical
    ? `No passing Step 2 CK for the ${year} cycle and the window has closed: the score cannot reach programs in time.`
    : sched === ''
      ? `Step 2 CK is scheduled without a date; it needs one by ${due} for the ${year} cycle.`
      : `No passing Step 2 CK yet; programs expect it before they invite for the ${year} cycle.`;
  return kit.dynamic(
    'STEP2CK_MISSING',
    message,
    [kit.flag('STEP2CK_MISSING', critical ? 'CRITICAL' : 'WARNING', message)],
    [
      kit.action(
        'SCHEDULE_STEP2CK',
        1,
        needsRemediation
          ? 'Book Step 2 CK after a focused remediation block, at the latest in August, and sit it only when practice exams reach the target.'
          : 'Book Step 2 CK for late June or July so the score is back before applications open.',
        due,
      ),
    ],
  );
});
