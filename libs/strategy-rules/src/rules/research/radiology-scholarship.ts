import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';

const kit = ruleKit({
  id: 'research.dr',
  topic: 'research',
  phase: PHASE.PLAN,
  sources: [[SEEDS.USIMG_DR, '5. Build meaningful radiology-focused research and scholarly work']],
  summary:
    'DR target. No radiology research: NO_RESEARCH, INFO while the DR band is BORDERLINE or better (or unknown), WARNING below (the US-citizen IMG radiology article: research ' +
    'is a strong offset to low scores). The action asks for quick wins first: case reports, imaging QI, posters at RSNA, ARRS, AUR or regional meetings.',
});

const ACTION = kit.action('RADIOLOGY_SCHOLARSHIP', 2, 'Start with quick radiology wins (a case report, an imaging QI project) and aim for a poster at RSNA, ARRS, AUR or a regional meeting.');
const INFO = kit.result('NO_RESEARCH_DR', 'DR target without radiology research; useful, not decisive at this score.', {
  flags: [kit.flag('NO_RESEARCH', 'INFO', 'No radiology research on record: a poster or case report would round out the file.')],
  actions: [ACTION],
});
const WARN = kit.result('NO_RESEARCH_DR_LOW', 'DR target with a low band and no radiology research to offset it.', {
  flags: [kit.flag('NO_RESEARCH', 'WARNING', 'No radiology research while the score is low: research is the main lever left to offset it.')],
  actions: [ACTION],
});

export const radiologyScholarship = kit.define((f, d) => {
  if (f.targetIR || f.radiologyResearchAny > 0) return null;
  return d.drBand !== 'UNKNOWN' && bandLevel(d.drBand) <= 1 ? WARN : INFO;
});
