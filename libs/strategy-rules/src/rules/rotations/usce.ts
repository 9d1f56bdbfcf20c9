import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import type { Action } from '../../types';

const kit = ruleKit({
  id: 'rotations.usce',
  topic: 'rotations',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, '3. Prioritize strong US clinical experience with radiology exposure'],
    [SEEDS.IMG_IR, '3. US Clinical Experience (USCE) with Radiology/IR Exposure'],
  ],
  summary:
    'IMGs only. US clinical experience (completed or in progress): under 4 weeks raises LIMITED_USCE (WARNING; CRITICAL when planned weeks ' +
    'would not reach 4 either); 4-7 weeks gets a lower-priority nudge toward 8 (the US-citizen IMG radiology article: 4-8 weeks at minimum). The weeks should include a ' +
    'radiology elective and a medicine or surgery sub-internship (the US-citizen IMG radiology article and the IMG IR article); a missing one gets its own action.',
});

const MORE_WEEKS = kit.action('USCE_WEEKS', 1, 'Build at least 4, ideally 8, weeks of hands-on US clinical rotations before applying.');
const TOWARD_8 = kit.action('USCE_WEEKS', 3, 'Add US clinical weeks toward 8 in total if the schedule allows.');
const RAD = kit.action('US_RADIOLOGY_ELECTIVE', 1, 'Do a radiology (ideally IR or DR with IR time) elective in a US teaching hospital and ask to preview studies and present cases.');
const SUBI = kit.action('US_SUB_INTERNSHIP', 2, 'Add a US medicine or surgery sub-internship to show clinical strength in the US system.');

export const usce = kit.define((f) => {
  if (!f.isImg) return null;
  const weeks = f.usWeeks;
  const actions: Action[] = [];
  let flagSeverity: 'WARNING' | 'CRITICAL' | null = null;
  if (weeks < 4) {
    flagSeverity = weeks + f.usWeeksPlanned >= 4 ? 'WARNING' : 'CRITICAL';
    actions.push(MORE_WEEKS);
  } else if (weeks < 8) actions.push(TOWARD_8);
  if (f.usRadiologyRotations === 0) actions.push(RAD);
  if (f.usMedSurgRotations === 0) actions.push(SUBI);
  const message = `${weeks} week${weeks === 1 ? '' : 's'} of US clinical experience done or under way (${f.usWeeksPlanned} planned); the aim is 4-8.`;
  return kit.dynamic(
    flagSeverity === null ? 'USCE_SUFFICIENT' : 'LIMITED_USCE',
    message,
    flagSeverity === null ? null : [kit.flag('LIMITED_USCE', flagSeverity, `Under 4 weeks of US clinical experience: ${message}`)],
    actions,
  );
});
