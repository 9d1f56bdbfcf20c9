import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import { range } from './ranges';

const kit = ruleKit({
  id: 'applications.diagnostic-radiology',
  topic: 'applications',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.SCORES_IR, '2. How to tailor your list based on Step scores'],
    [SEEDS.USIMG_DR, '3. How many radiology programs should I apply to with low scores?'],
    [SEEDS.USIMG_DR, 'Scenario 1: US citizen IMG, Step 1 Pass, Step 2 CK 226'],
    [SEEDS.USIMG_DR, 'Scenario 2: US citizen IMG, Step 1 Pass, Step 2 CK 212, strong clinical grades'],
    [SEEDS.USIMG_IR, 'A. Building Your Program List: IR + DR'],
    [SEEDS.IMG_IR, '1. Program Selection for IMGs with Low Scores'],
  ],
  summary:
    'DR programs to apply to (none on PRELIM_THEN_REAPPLY or ADJACENT_SPECIALTY; on STRENGTHEN_THEN_APPLY the figure is for the cycle after). ' +
    'US MD/DO: 10-20 when the target band is HIGH for DR / COMPETITIVE+ for IR (Step 2 CK 245+), else 25-40 (seed 003; no seed gives DR-only counts for US graduates, so its DR list serves both targets). ' +
    'US-citizen IMG by DR band: 230+ -> 50-80 for a DR target (seed 002: at least 50, 50-80+) or 40-80 next to an IR list (seed 004); ' +
    '220-229 or no score yet -> 60-80 (seed 002 scenario 1, 226); under 220 -> 80 or more (scenario 2). Seed 002 FAQ puts its 50/60-80+ split at 225; ' +
    'we follow the worked scenarios, which are more specific, and split at the band edges. Non-US IMG: 80-120 (seed 000: 80-120+ for low scores; we apply it to every non-US IMG).',
});

const R_10_20 = range(10, 20);
const R_25_40 = range(25, 40);
const R_40_80 = range(40, 80);
const R_50_80 = range(50, 80);
const R_60_80 = range(60, 80);
const R_80_UP = range(80, null);
const R_80_120 = range(80, 120);

const MD_SHORT = kit.result('DR_APPS_10_20', 'Diagnostic Radiology: 10-20 programs, favouring strong IR divisions and ESIR.');
const MD_BROAD = kit.result('DR_APPS_25_40', 'Diagnostic Radiology: 25-40 programs, leaning on community and hybrid programs with good IR mentorship.');
const IMG_DUAL = kit.result('DR_APPS_40_80', 'Diagnostic Radiology: 40-80 programs next to the IR list, weighted to IR-strong, IMG-friendly departments.');
const IMG_DR = kit.result('DR_APPS_50_80', 'Diagnostic Radiology: 50-80 programs, more if the budget allows.');
const IMG_MILD = kit.result('DR_APPS_60_80', 'Diagnostic Radiology: 60-80 programs mixing community, hybrid and less competitive academic sites.');
const IMG_LOW = kit.result('DR_APPS_80_PLUS', 'Diagnostic Radiology: 80 programs or more, including many smaller programs away from the coasts.');
const NON_US = kit.result('DR_APPS_80_120', 'Diagnostic Radiology: 80-120 programs, with university-affiliated community programs and sites that train IMGs.');

export const diagnosticRadiologyApplications = kit.define((f, d) => {
  const p = d.primary;
  if (p === 'PRELIM_THEN_REAPPLY' || p === 'ADJACENT_SPECIALTY') return null;
  const apps = d.applications;
  const type = f.profile.applicantType;
  if (type === 'NON_US_IMG') {
    apps.diagnosticRadiology = R_80_120;
    return NON_US;
  }
  if (type === 'US_IMG') {
    const band = d.drBand;
    if (band === 'HIGH' || band === 'COMPETITIVE') {
      if (f.targetIR) {
        apps.diagnosticRadiology = R_40_80;
        return IMG_DUAL;
      }
      apps.diagnosticRadiology = R_50_80;
      return IMG_DR;
    }
    if (band === 'BORDERLINE' || band === 'UNKNOWN') {
      apps.diagnosticRadiology = R_60_80;
      return IMG_MILD;
    }
    apps.diagnosticRadiology = R_80_UP;
    return IMG_LOW;
  }
  const strong = f.targetIR ? bandLevel(d.irBand) >= 3 : d.drBand === 'HIGH';
  apps.diagnosticRadiology = strong ? R_10_20 : R_25_40;
  return strong ? MD_SHORT : MD_BROAD;
});
