import { PHASE, SEEDS, propose, ruleKit } from '../../engine/define';
import type { Pathway } from '../../types';

const kit = ruleKit({
  id: 'pathway.dr.feasibility',
  topic: 'pathway',
  phase: PHASE.PATHWAY,
  sources: [
    [SEEDS.USIMG_DR, 'Clarify where you stand'],
    [SEEDS.USIMG_DR, 'Scenario 2: US citizen IMG, Step 1 Pass, Step 2 CK 212, strong clinical grades'],
    [SEEDS.USIMG_DR, 'Scenario 3: US citizen IMG, Step 1 failure (later pass), Step 2 CK 205'],
    [SEEDS.USIMG_DR, 'Decide on a backup specialty or dual-apply strategy'],
    [SEEDS.MD_IR, 'Choosing the right IR pathway with low scores'],
  ],
  summary:
    'Whether a DR application is realistic now, from the DR band (both targets). DR band BORDERLINE or better: no limit. LOW (210-219): an IMG ' +
    'without at least 3 accepted/published/presented radiology items strengthens first (the US-citizen IMG radiology article scenario 2: a radiology research year, 3-5 posters ' +
    'or abstracts); with them, DR_WITH_BACKUP; a US MD/DO keeps the DR route (the US-citizen IMG radiology article is about IMGs). VERY_LOW (under 210 or two failures): ' +
    'STRENGTHEN_THEN_APPLY with an IM/TY dual application (the US-citizen IMG radiology article scenario 3; the MD graduate article suggests a research year for very low scores), or ' +
    'DR_WITH_BACKUP once those 3 items exist. Capping the IR target at DR level means DR_THEN_IR.',
});

const A_STRENGTHEN: readonly Pathway[] = ['DR_WITH_BACKUP', 'PRELIM_THEN_REAPPLY'];
const A_BACKUP: readonly Pathway[] = ['STRENGTHEN_THEN_APPLY', 'PRELIM_THEN_REAPPLY'];
const A_DR_LEVEL: readonly Pathway[] = ['DR_WITH_BACKUP', 'STRENGTHEN_THEN_APPLY'];

const LOW_STRENGTHEN = kit.result('DR_LOW_STRENGTHEN_FIRST', 'DR band moderately low and radiology scholarship still thin: a radiology research year before applying gives the file what the score lacks.');
const LOW_BACKUP = kit.result('DR_LOW_WITH_BACKUP', 'DR band moderately low but radiology scholarship built: apply broadly to DR with a backup specialty alongside.');
const LOW_US = kit.result('DR_LOW_US_GRADUATE', 'DR band moderately low for a US graduate: DR stays realistic at community and smaller academic programs.');
const VERY_LOW_STRENGTHEN = kit.result('DR_VERY_LOW_STRENGTHEN_FIRST', 'DR band significantly low: build radiology research (and consider Step 3) before applying, then apply to DR together with a backup specialty.');
const VERY_LOW_BACKUP = kit.result('DR_VERY_LOW_WITH_BACKUP', 'DR band significantly low, radiology scholarship built: DR as one track of a dual application with a backup specialty.');

export const drFeasibility = kit.define((f, d) => {
  const band = d.drBand;
  if (band === 'LOW') {
    if (!f.isImg) {
      propose(d, f.targetIR ? 'DR_THEN_IR' : 'DR', A_DR_LEVEL);
      return LOW_US;
    }
    if (f.radiologyOutputs >= 3) {
      propose(d, 'DR_WITH_BACKUP', A_BACKUP);
      return LOW_BACKUP;
    }
    propose(d, 'STRENGTHEN_THEN_APPLY', A_STRENGTHEN);
    return LOW_STRENGTHEN;
  }
  if (band === 'VERY_LOW') {
    if (f.radiologyOutputs >= 3) {
      propose(d, 'DR_WITH_BACKUP', A_BACKUP);
      return VERY_LOW_BACKUP;
    }
    propose(d, 'STRENGTHEN_THEN_APPLY', A_STRENGTHEN);
    return VERY_LOW_STRENGTHEN;
  }
  return null;
});
