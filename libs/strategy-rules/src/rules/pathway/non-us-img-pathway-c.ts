import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.non-us-img.pathway-c',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.IMG_IR, 'Pathway C: Transitional or IM Categorical → Build Profile → Reapply IR/DR'],
    [SEEDS.IMG_IR, '2. Face Reality About IR Competitiveness'],
  ],
  summary:
    'Non-US IMG (either target) who is not yet competitive for DR: DR band VERY_LOW (under 210 or two failures) or more than 5 years since ' +
    'graduation. The IMG IR article\'s pathway C: match IM categorical or a transitional year, build a US record, then reapply -> PRELIM_THEN_REAPPLY. ' +
    'We prefer it to the US-citizen IMG radiology article\'s research-year plan here because the IMG IR article is the article written for non-US IMGs, for whom a US training post also settles the visa.',
});

const ALTS: readonly Pathway[] = ['STRENGTHEN_THEN_APPLY', 'ADJACENT_SPECIALTY'];
const C = kit.result('NON_US_IMG_PATHWAY_C', 'Non-US IMG not yet competitive for radiology: match internal medicine or a transitional year, build a US record there, then reapply.');

export const nonUsImgPathwayC = kit.define((f, d) => {
  if (f.profile.applicantType !== 'NON_US_IMG') return null;
  if (d.drBand !== 'VERY_LOW' && f.yearsSinceGraduation <= 5) return null;
  propose(d, 'PRELIM_THEN_REAPPLY', ALTS);
  return C;
});
