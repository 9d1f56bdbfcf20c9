/**
 * Test-only builders and invariants (excluded from the library build).
 */
import { isCalendarDate } from '../engine/dates';
import { BANDS, PATHWAYS, PATHWAY_RANK } from '../engine/pathways';
import { RULES, RULES_VERSION } from '../index';
import type {
  ApplicantProfile,
  ExamAttempt,
  Letter,
  LetterStatus,
  Recommendation,
  ResearchItem,
  ResearchKind,
  ResearchStatus,
  Rotation,
  RotationOutcome,
  RotationSetting,
  RotationStatus,
  Specialty,
} from '../types';

export function profile(overrides: Partial<ApplicantProfile> = {}): ApplicantProfile {
  return {
    applicantType: 'US_MD',
    target: 'IR',
    graduationYear: 2027,
    exams: [],
    rotations: [],
    research: [],
    letters: [],
    ...overrides,
  };
}

export const step1Pass = (score?: number): ExamAttempt =>
  score === undefined ? { exam: 'STEP1', result: 'PASS' } : { exam: 'STEP1', result: 'PASS', score };
export const step2 = (score: number, date?: string): ExamAttempt =>
  date === undefined ? { exam: 'STEP2CK', result: 'PASS', score } : { exam: 'STEP2CK', result: 'PASS', score, date };
export const fail = (exam: ExamAttempt['exam']): ExamAttempt => ({ exam, result: 'FAIL' });
export const scheduled = (exam: ExamAttempt['exam'], date?: string): ExamAttempt =>
  date === undefined ? { exam, result: 'SCHEDULED' } : { exam, result: 'SCHEDULED', date };

export function rotation(
  specialty: Specialty,
  opts: { setting?: RotationSetting; inUS?: boolean; weeks?: number; status?: RotationStatus; outcome?: RotationOutcome } = {},
): Rotation {
  const r: Rotation = {
    specialty,
    setting: opts.setting ?? 'AWAY',
    inUS: opts.inUS ?? true,
    weeks: opts.weeks ?? 4,
    status: opts.status ?? 'COMPLETED',
  };
  if (opts.outcome !== undefined) r.outcome = opts.outcome;
  return r;
}

export const letter = (writerSpecialty: Specialty, status: LetterStatus = 'COMMITTED', writerInUS = true): Letter => ({
  writerSpecialty,
  writerInUS,
  status,
});

export const research = (field: ResearchItem['field'], kind: ResearchKind = 'POSTER', status: ResearchStatus = 'PRESENTED'): ResearchItem => ({
  field,
  kind,
  status,
});

export const codes = (items: readonly { code: string }[]): string[] => items.map((i) => i.code);
export const flagOf = (rec: Recommendation, code: string) => rec.flags.find((f) => f.code === code);

const RULE_SOURCES = new Map(RULES.map((r) => [r.id, r.source]));
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));
const SEVERITY_ORDER = { CRITICAL: 0, WARNING: 1, INFO: 2 } as const;

/** True when items are ordered by level, and within a level by the evaluation order of the rules that raised them. */
function orderedByLevelThenRule<T extends { ruleId: string }>(items: readonly T[], level: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (level(b) < level(a)) return false;
    if (level(b) === level(a) && (RULE_ORDER.get(b.ruleId) ?? -1) < (RULE_ORDER.get(a.ruleId) ?? -1)) return false;
  }
  return true;
}

/** Structural invariants every recommendation must satisfy. Throws with a description of the first violation. */
export function assertValidRecommendation(rec: Recommendation): void {
  const fail = (msg: string): never => {
    throw new Error(`Invalid recommendation: ${msg}\n${JSON.stringify(rec, null, 2)}`);
  };
  if (rec.rulesVersion !== RULES_VERSION) fail('rulesVersion');
  if (!isCalendarDate(rec.asOf)) fail('asOf');
  if (!BANDS.includes(rec.bands.ir) || !BANDS.includes(rec.bands.dr)) fail('bands');
  if (!['STEP2CK', 'STEP1', 'NONE'].includes(rec.bands.basis)) fail('basis');
  if (rec.bands.basis === 'NONE' && rec.bands.ir !== 'UNKNOWN' && rec.bands.ir !== 'LOW' && rec.bands.ir !== 'VERY_LOW') fail('band without basis');
  if (!PATHWAYS.includes(rec.primaryPathway)) fail('primaryPathway');
  if (rec.alternatives.includes(rec.primaryPathway)) fail('alternatives include the primary pathway');
  if (new Set(rec.alternatives).size !== rec.alternatives.length) fail('duplicate alternatives');
  for (const a of rec.alternatives) if (!PATHWAYS.includes(a)) fail(`alternative ${a}`);
  for (let i = 1; i < rec.alternatives.length; i++) {
    if (PATHWAY_RANK[rec.alternatives[i]] > PATHWAY_RANK[rec.alternatives[i - 1]]) fail('alternatives not sorted from the most ambitious');
  }

  const apps = rec.applications;
  for (const r of [apps.integratedIR, apps.diagnosticRadiology, apps.backup?.programs ?? null]) {
    if (r === null) continue;
    if (!Number.isInteger(r.min) || r.min < 1) fail('range min');
    if (r.max !== null && r.max < r.min) fail('range max < min');
  }
  const withIR = rec.primaryPathway === 'INTEGRATED_IR' || rec.primaryPathway === 'DUAL_IR_DR';
  if (withIR !== (apps.integratedIR !== null)) fail('integratedIR applications must exist exactly on INTEGRATED_IR / DUAL_IR_DR');
  const noDR = rec.primaryPathway === 'PRELIM_THEN_REAPPLY' || rec.primaryPathway === 'ADJACENT_SPECIALTY';
  if (noDR === (apps.diagnosticRadiology !== null)) fail('diagnosticRadiology applications must exist except on PRELIM / ADJACENT');
  if (rec.primaryPathway === 'DR_WITH_BACKUP' && apps.backup === null) fail('DR_WITH_BACKUP without backup');
  if (apps.backup !== null && !['IM', 'TY', 'PRELIM', 'FM'].includes(apps.backup.specialty)) fail('backup specialty');

  const l = rec.letters;
  if (l.needed !== l.fromIR + l.fromDR + l.clinical) fail('letters composition does not add up');
  if (l.needed < 1) fail('letters needed');
  if (l.shortfall < 0 || l.shortfall > l.needed) fail('letters shortfall out of bounds');
  if (l.secured + l.shortfall !== l.needed) fail('secured + shortfall must equal needed');
  if (l.secured > l.needed) fail('secured above needed');
  if (l.extra < 0) fail('negative extra letters');
  if (!['BEFORE_APPLYING', 'OPTIONAL', 'AFTER_MATCH', 'NOT_NEEDED'].includes(rec.step3)) fail('step3');

  const flagCodes = new Set<string>();
  for (const f of rec.flags) {
    if (flagCodes.has(f.code)) fail(`duplicate flag ${f.code}`);
    flagCodes.add(f.code);
    if (!['INFO', 'WARNING', 'CRITICAL'].includes(f.severity)) fail('flag severity');
    if (!RULE_SOURCES.has(f.ruleId)) fail(`flag ${f.code} names unknown rule ${f.ruleId}`);
    if (f.message.trim() === '') fail('empty flag message');
  }
  if ((l.shortfall > 0) !== flagCodes.has('LETTER_SHORTFALL')) fail('LETTER_SHORTFALL must match shortfall');
  const actionCodes = new Set<string>();
  for (const a of rec.actions) {
    if (actionCodes.has(a.code)) fail(`duplicate action ${a.code}`);
    actionCodes.add(a.code);
    if (![1, 2, 3].includes(a.priority)) fail('action priority');
    if (!RULE_SOURCES.has(a.ruleId)) fail(`action ${a.code} names unknown rule ${a.ruleId}`);
    if (a.dueBy !== undefined && !isCalendarDate(a.dueBy)) fail('action dueBy');
    if (a.message.trim() === '') fail('empty action message');
  }
  if (!orderedByLevelThenRule(rec.flags, (f) => SEVERITY_ORDER[f.severity])) fail('flags not sorted by severity, then rule order');
  if (!orderedByLevelThenRule(rec.actions, (a) => a.priority)) fail('actions not sorted by priority, then rule order');
  if (rec.reasons.length === 0) fail('no reasons');
  const reasonIds = new Set<string>();
  for (const r of rec.reasons) {
    const source = RULE_SOURCES.get(r.ruleId);
    if (source === undefined) fail(`reason names unknown rule ${r.ruleId}`);
    if (r.source === '' || r.source !== source) fail(`reason ${r.ruleId} has a wrong source`);
    if (reasonIds.has(r.ruleId)) fail(`rule ${r.ruleId} gave two reasons`);
    reasonIds.add(r.ruleId);
  }
  for (const f of rec.flags) if (!reasonIds.has(f.ruleId)) fail(`flag ${f.code} from a rule without a reason`);
  for (const a of rec.actions) if (!reasonIds.has(a.ruleId)) fail(`action ${a.code} from a rule without a reason`);
  const pathwayReason = rec.reasons.some((r) => r.ruleId.startsWith('pathway.'));
  if (!pathwayReason) fail('no pathway reason');
  const deciding = rec.reasons.filter((r) => r.role === 'DECIDING');
  if (deciding.length !== 1) fail(`${deciding.length} deciding reasons`);
  if (deciding[0] !== rec.decidingReason && JSON.stringify(deciding[0]) !== JSON.stringify(rec.decidingReason)) fail('decidingReason is not the deciding reason');
  if (!rec.decidingReason.ruleId.startsWith('pathway.')) fail('the deciding reason is not a pathway rule');
  for (const r of rec.reasons) {
    if (r.ruleId.startsWith('pathway.') !== (r.role !== undefined)) fail(`reason ${r.ruleId}: pathway reasons, and only they, carry a role`);
    if (r.role === 'ALSO_CONSIDERED' && !r.message.startsWith('Also considered')) fail(`reason ${r.ruleId} is not marked also considered`);
  }
}

/** Action and flag codes that only make sense when the plan has the matching application. */
const NEEDS_IR_LIST = new Set(['STATEMENTS_IR_AND_DR', 'RANK_LIST', 'PROGRAMS_IR_CORE', 'PROGRAMS_IR_SKIP_ELITE']);
const NEEDS_DR_LIST = new Set(['STATEMENTS_IR_AND_DR', 'STATEMENT_DR_IR_INTEREST', 'PROGRAMS_DR_IR_PATH', 'PROGRAMS_DR_REALISTIC', 'PROGRAMS_DR_IMG_FRIENDLY', 'PROGRAMS_GEOGRAPHY', 'RANK_LIST']);
const NEEDS_RADIOLOGY_THIS_CYCLE = new Set(['HOME_IR_ROTATION', 'AWAY_IR_ROTATIONS', 'US_IR_ROTATIONS', 'NO_IR_ROTATION', 'RADIOLOGY_ELECTIVE', 'US_RADIOLOGY_AWAY']);
const IR_LIST_WORDS = /IR list|Integrated IR: |next to the IR|IR statement|Integrated IR programs/i;

/**
 * Everything in a recommendation that speaks of an application the plan does not contain. Empty for a whole plan.
 * Pathway-phase reasons are left out: the one that decided names the plan, the others are marked "also considered".
 */
export function planInconsistencies(rec: Recommendation): string[] {
  const out: string[] = [];
  const apps = rec.applications;
  const noRadiology = rec.primaryPathway === 'ADJACENT_SPECIALTY' || rec.primaryPathway === 'PRELIM_THEN_REAPPLY';
  const items = [...rec.flags, ...rec.actions];
  for (const item of items) {
    if (apps.integratedIR === null && NEEDS_IR_LIST.has(item.code)) out.push(`${item.code} without an IR list`);
    if (apps.diagnosticRadiology === null && NEEDS_DR_LIST.has(item.code)) out.push(`${item.code} without a DR list`);
    if (apps.backup === null && item.code === 'STATEMENT_BACKUP') out.push(`${item.code} without a backup application`);
    if (noRadiology && NEEDS_RADIOLOGY_THIS_CYCLE.has(item.code)) out.push(`${item.code} on ${rec.primaryPathway}`);
  }
  const planTexts = [...items.map((i) => i.message), ...rec.reasons.filter((r) => !r.ruleId.startsWith('pathway.')).map((r) => r.message)];
  for (const text of planTexts) {
    if (apps.integratedIR === null && IR_LIST_WORDS.test(text)) out.push(`mentions an IR list that the plan lacks: "${text}"`);
    if (apps.backup === null && /backup/i.test(text)) out.push(`mentions a backup that the plan lacks: "${text}"`);
  }
  const countReason = (ruleId: string) => rec.reasons.find((r) => r.ruleId === ruleId)?.message ?? '';
  if (apps.diagnosticRadiology !== null && !countReason('applications.diagnostic-radiology').includes(String(apps.diagnosticRadiology.min))) {
    out.push('the DR count reason does not give the DR count');
  }
  if (apps.integratedIR !== null && !countReason('applications.integrated-ir').includes(String(apps.integratedIR.min))) {
    out.push('the IR count reason does not give the IR count');
  }
  return out;
}
