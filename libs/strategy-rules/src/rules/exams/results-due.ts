import { GENERAL, PHASE, ruleKit } from '../../engine/define';
import { addDays } from '../../engine/calendar';
import { longDate } from '../../engine/deadlines';

const kit = ruleKit({
  id: 'exams.results-due',
  topic: 'exams',
  phase: PHASE.PLAN,
  sources: [[GENERAL.USMLE, 'Score reporting after a sitting']],
  summary:
    'A scheduled Step exam whose date has passed is no longer upcoming: its result is what the plan is missing. The rule asks for the result ' +
    '(a pass with its score, or a fail) within a week; until it is recorded, the timing and score rules treat the sitting as taken, result pending. ' +
    'General knowledge, not from the articles: USMLE results usually come three to four weeks after the exam.',
});

const NAMES = { STEP1: 'Step 1', STEP2CK: 'Step 2 CK', STEP3: 'Step 3' } as const;

export const resultsDue = kit.define((f) => {
  const due = f.resultsDue;
  if (due.length === 0) return null;
  const list = due.map((r) => `${NAMES[r.exam]} (sat ${longDate(r.date)})`).join(', ');
  const message = `Result not recorded yet for ${list}.`;
  return kit.dynamic('RESULTS_DUE', message, null, [
    kit.action('RECORD_EXAM_RESULT', 1, `Record the result of ${list}: a pass with its score, or a fail, so the plan can use it.`, addDays(f.asOf, 7)),
  ]);
});
