import { PHASE, type RuleResult, SEEDS, ruleKit } from '../../engine/define';
import { bandLevel } from '../../engine/pathways';
import type { Action } from '../../types';

const kit = ruleKit({
  id: 'programs.dr',
  topic: 'program-selection',
  phase: PHASE.PLAN,
  sources: [
    [SEEDS.USIMG_DR, 'Understand where US citizen IMGs with low scores realistically match'],
    [SEEDS.USIMG_DR, 'Build a data-driven program list'],
    [SEEDS.MD_IR, 'Program selection: Matching your profile to program reality'],
    [SEEDS.USIMG_IR, 'A. Building Your Program List: IR + DR'],
    [SEEDS.IMG_IR, 'Pathway B: Diagnostic Radiology → ESIR → Independent IR (Most Realistic)'],
  ],
  summary:
    'Whenever DR applications are planned. IR target: DR programs with ESIR, strong IR divisions, and a record of residents moving on to ' +
    'Independent IR (the MD graduate article, the Step score article and the US-citizen IMG IR article). DR band BORDERLINE or lower: community, hybrid and newly accredited programs (the US-citizen IMG radiology article). IMGs: ' +
    'programs with a record of IMG residents, checked against their published score minimums (the US-citizen IMG radiology article and the IMG IR article).',
});

const IR_FOCUS = kit.action('PROGRAMS_DR_IR_PATH', 2, 'Favour DR programs with ESIR, a strong IR division and graduates who went on to Independent IR.');
const REALISTIC = kit.action('PROGRAMS_DR_REALISTIC', 2, 'Weight the DR list toward community, university-affiliated community and newer programs, with a few reaches and some safer picks.');
const IMG = kit.action('PROGRAMS_DR_IMG_FRIENDLY', 2, 'Check each DR program for IMGs among current residents and for any stated score minimum (FREIDA, program sites, resident lists).');

const PARTS: readonly [Action, string][] = [
  [IR_FOCUS, 'an IR career path'],
  [REALISTIC, 'a realistic program mix for the score'],
  [IMG, 'openness to IMGs'],
];
/** One prebuilt result per combination of the three criteria (bit 0: IR target, bit 1: low DR band, bit 2: IMG). */
const BY_MASK: readonly (RuleResult | null)[] = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => {
  const parts = PARTS.filter((_, i) => (mask & (1 << i)) !== 0);
  if (parts.length === 0) return null;
  return kit.result(`DR_LIST_GUIDANCE_${mask}`, `Choose DR programs for ${parts.map((p) => p[1]).join(', ')}.`, { actions: parts.map((p) => p[0]) });
});

export const drList = kit.define((f, d) => {
  if (d.applications.diagnosticRadiology === null) return null;
  const low = d.drBand !== 'UNKNOWN' && bandLevel(d.drBand) <= 2;
  return BY_MASK[(f.targetIR ? 1 : 0) | (low ? 2 : 0) | (f.isImg ? 4 : 0)];
});
