import { PHASE, SEEDS, ruleKit } from '../../engine/define';
import { type Draft } from '../../engine/draft';
import { type Facts } from '../../engine/facts';
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
    'US MD/DO: 10-20 only beside an Integrated IR list with an IR band of COMPETITIVE or better (Step 2 CK 245+), else 25-40 (the Step score article; ' +
    'no article gives DR-only counts for US graduates, so its DR list serves both targets, and the short list never stands alone). ' +
    'US-citizen IMG by DR band: 230+ -> 40-80 beside an IR list (the US-citizen IMG IR article) or 50-80 without one (the US-citizen IMG radiology ' +
    'article: at least 50, 50-80+); 220-229 or no score yet -> 60-80 (its scenario 1, 226); under 220 -> 80 or more (scenario 2). Its FAQ puts the ' +
    '50/60-80+ split at 225; we follow the worked scenarios, which are more specific, and split at the band edges. Non-US IMG: 80-120 (the IMG IR ' +
    'article: 80-120+ for low scores; we apply it to every non-US IMG). After an unsuccessful cycle the list moves one step up this ladder of the ' +
    'articles\' own lists (two steps after two or more cycles): no article gives counts for repeat applicants, so we widen along their figures.',
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

/** The articles' DR lists from narrowest to broadest; a repeat cycle moves up this ladder. */
const LADDER = [R_10_20, R_25_40, R_40_80, R_50_80, R_60_80, R_80_UP, R_80_120];
const WIDENED = LADDER.map((r) => kit.result(`DR_APPS_WIDENED_${r.min}`, `After a cycle without a match the DR list widens: ${r.min}${r.max === null ? ' programs or more' : `-${r.max} programs`}, adding community and newer programs.`));

function base(f: Facts, d: Draft): number {
  const type = f.profile.applicantType;
  const withIR = d.applications.integratedIR !== null;
  if (type === 'NON_US_IMG') return 6;
  if (type === 'US_IMG') {
    const band = d.drBand;
    if (band === 'HIGH' || band === 'COMPETITIVE') return withIR ? 2 : 3;
    if (band === 'BORDERLINE' || band === 'UNKNOWN') return 4;
    return 5;
  }
  const strong = f.targetIR ? withIR && bandLevel(d.irBand) >= 3 : d.drBand === 'HIGH';
  return strong ? 0 : 1;
}

const FIRST = [MD_SHORT, MD_BROAD, IMG_DUAL, IMG_DR, IMG_MILD, IMG_LOW, NON_US];

export const diagnosticRadiologyApplications = kit.define((f, d) => {
  const p = d.primary;
  if (p === 'PRELIM_THEN_REAPPLY' || p === 'ADJACENT_SPECIALTY') return null;
  const step = base(f, d);
  const cycles = f.previousApplications;
  if (cycles <= 0 || step === LADDER.length - 1) {
    d.applications.diagnosticRadiology = LADDER[step];
    return FIRST[step];
  }
  const widened = Math.min(LADDER.length - 1, step + (cycles >= 2 ? 2 : 1));
  d.applications.diagnosticRadiology = LADDER[widened];
  return WIDENED[widened];
});
