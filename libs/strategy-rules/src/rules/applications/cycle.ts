import { GENERAL, PHASE, type RuleResult, ruleKit } from '../../engine/define';
import { longDate } from '../../engine/deadlines';

const kit = ruleKit({
  id: 'applications.cycle',
  topic: 'applications',
  phase: PHASE.PLAN,
  sources: [[GENERAL.CALENDAR, 'Dates of each application cycle']],
  summary:
    'Names the cycle the plan is for and its dates from the library\'s application calendar (submission opens early September, interviews ' +
    'October-January, rank list early March, Match Day the third Friday of March). A plan is always for a cycle that has not closed: once 30 ' +
    'September of the cycle asked for has passed, the plan rolls to the next one and an INFO flag (CYCLE_CLOSED) says so, in case an application ' +
    'already sent ends without a match. General knowledge of the national calendar, not from the articles.',
});

/** The words of a cycle depend on its year (and a closed cycle's year) only: written once per case and reused. */
const PLAIN = new Map<number, RuleResult>();

export const applicationCycle = kit.define((f) => {
  const cal = f.calendar;
  const key = f.closedCycle === null ? cal.cycle : f.closedCycle * 10000 + cal.cycle;
  const known = PLAIN.get(key);
  if (known !== undefined) return known;
  const message =
    `Plan for the ${cal.cycle} cycle: applications go out from ${longDate(cal.submissionOpens)}, interviews run October to January, ` +
    `rank lists are due ${longDate(cal.rankListDeadline)} and Match Day is ${longDate(cal.matchDay)}.`;
  if (f.closedCycle === null) {
    const result = kit.result('CYCLE', message);
    PLAIN.set(key, result);
    return result;
  }
  const closed = `The ${f.closedCycle} cycle's submission window has closed, so this plan is for the ${cal.cycle} cycle; if an application already went out, it is the plan should that cycle end without a match.`;
  const rolled = kit.result('CYCLE_ROLLED', `${message} ${closed}`, { flags: [kit.flag('CYCLE_CLOSED', 'INFO', closed)] });
  PLAIN.set(key, rolled);
  return rolled;
});
