import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { EXPOSURE } from '../../engine/facts';

const kit = ruleKit({
  id: 'research.year',
  topic: 'research',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, 'Scenario 2: US citizen IMG, Step 1 Pass, Step 2 CK 212, strong clinical grades'],
    [SEEDS.USIMG_DR, '4. Is it better to do a radiology research year or jump straight into a backup specialty?'],
    [SEEDS.MD_IR, 'Research and scholarly work: Targeted and realistic'],
    [SEEDS.MD_IR, 'Choosing the right IR pathway with low scores'],
  ],
  summary:
    'A dedicated research year (1-2 years for significantly low scores) on STRENGTHEN_THEN_APPLY, with the US-citizen IMG radiology article scenario 2\'s yardstick: 3-5 ' +
    'posters or abstracts and at least one publication, plus letters from research mentors. For an IR target with a VERY_LOW IR band and limited ' +
    'IR exposure, the MD graduate article suggests one as an option (priority 2).',
});

const YEAR = kit.result('RESEARCH_YEAR', 'Strengthening comes first: a radiology research year is the main vehicle.', {
  actions: [
    kit.action(
      'RESEARCH_YEAR',
      1,
      'Secure a radiology (ideally IR) research position for a year, two if scores are very low; aim for 3-5 posters or abstracts, one publication, and letters from the mentors.',
    ),
  ],
});
const OPTION = kit.result('RESEARCH_YEAR_OPTION', 'Very low IR band with limited IR exposure: an IR research year would rebuild the file.', {
  actions: [kit.action('RESEARCH_YEAR', 2, 'Consider a dedicated IR research year combining angiography suite time with projects before applying.')],
});

export const researchYear = kit.define((f, d) => {
  if (d.primary === 'STRENGTHEN_THEN_APPLY') return YEAR;
  if (f.targetIR && d.irBand === 'VERY_LOW' && f.exposure === EXPOSURE.LIMITED && d.primary !== 'PRELIM_THEN_REAPPLY' && d.primary !== 'ADJACENT_SPECIALTY') {
    return OPTION;
  }
  return null;
});
