import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';

const kit = ruleKit({
  id: 'programs.geography',
  topic: 'program-selection',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '3. Geographic and program-type considerations'],
    [SEEDS.USIMG_DR, 'Build a data-driven program list'],
  ],
  summary:
    'With a target band of BORDERLINE or lower (or any IMG), look past oversubscribed metros such as NYC, SF and Boston toward mid-sized cities and ' +
    'regions with fewer medical schools (the Step score article), the Midwest and South (the US-citizen IMG radiology article), and rank only programs one would really attend.',
});

const WIDE = kit.result('GEOGRAPHY_FLEXIBLE', 'Geographic flexibility improves the odds for this profile.', {
  actions: [
    kit.action(
      'PROGRAMS_GEOGRAPHY',
      2,
      'Apply beyond the crowded coastal metros (NYC, SF, Boston): mid-sized cities, the Midwest and South, regions with few medical schools, but only where you would truly go.',
    ),
  ],
});

export const geography = kit.define((f, d) => {
  if (d.primary === 'ADJACENT_SPECIALTY' || d.primary === 'PRELIM_THEN_REAPPLY') return null;
  const band = f.targetIR ? d.irBand : d.drBand;
  if (f.isImg || (band !== 'UNKNOWN' && bandLevel(band) <= 2)) return WIDE;
  return null;
});
