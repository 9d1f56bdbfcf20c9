import type {
  ApplicationField,
  ApplicationPlan,
  Band,
  ChangeDirection,
  Flag,
  LetterField,
  Range,
  Recommendation,
  RecommendationChange,
  Severity,
} from '../types';
import { BAND_RANK, PATHWAY_RANK, PATHWAY_WORDS } from './pathways';

const PATHWAY_LABEL = PATHWAY_WORDS;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { INFO: 0, WARNING: 1, CRITICAL: 2 };

const APPLICATION_LABEL: Readonly<Record<ApplicationField, string>> = {
  integratedIR: 'Integrated IR applications',
  diagnosticRadiology: 'DR applications',
  backup: 'Backup applications',
};

const LETTER_FIELDS: readonly LetterField[] = ['needed', 'fromIR', 'fromDR', 'clinical', 'usFacultyRequired', 'secured', 'shortfall', 'extra'];
const LETTER_LABEL: Readonly<Record<LetterField, string>> = {
  needed: 'Letters needed',
  fromIR: 'IR letters needed',
  fromDR: 'DR letters needed',
  clinical: 'Clinical letters needed',
  usFacultyRequired: 'US faculty required',
  secured: 'Letters secured',
  shortfall: 'Letters still missing',
  extra: 'Letters beyond the plan',
};

function rangeText(r: Range | null): string {
  if (r === null) return 'none';
  if (r.max === null) return `${r.min}+`;
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}

function sameRange(a: Range | null, b: Range | null): boolean {
  if (a === null || b === null) return a === b;
  return a.min === b.min && a.max === b.max;
}

function applicationText(field: ApplicationField, value: ApplicationPlan[ApplicationField]): string {
  if (field === 'backup') {
    const b = value as ApplicationPlan['backup'];
    return b === null ? 'none' : `${b.specialty} ${rangeText(b.programs)}`;
  }
  return rangeText(value as Range | null);
}

function sameApplication(field: ApplicationField, a: ApplicationPlan[ApplicationField], b: ApplicationPlan[ApplicationField]): boolean {
  if (field === 'backup') {
    const x = a as ApplicationPlan['backup'];
    const y = b as ApplicationPlan['backup'];
    if (x === null || y === null) return x === y;
    return x.specialty === y.specialty && sameRange(x.programs, y.programs);
  }
  return sameRange(a as Range | null, b as Range | null);
}

function bandDirection(from: Band, to: Band): ChangeDirection | null {
  if (from === 'UNKNOWN' || to === 'UNKNOWN') return null;
  return BAND_RANK[to] > BAND_RANK[from] ? 'UPGRADE' : 'DOWNGRADE';
}

function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}

const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What changed between two recommendations, as codes plus a sentence each. The order is fixed (version, cycle, pathway,
 * alternatives, bands, applications, letters, Step 3, flags, actions; flags and actions by code) so that stored histories
 * compare cleanly. `asOf` and the reasons are not compared: they explain a result, they are not part of it. A moved due
 * date is (ACTION_DUE_CHANGED): a stored plan must never show a date that has passed once the calendar moved it on.
 */
export function diffRecommendations(before: Recommendation, after: Recommendation): RecommendationChange[] {
  const changes: RecommendationChange[] = [];

  if (before.rulesVersion !== after.rulesVersion) {
    changes.push({
      code: 'RULES_VERSION_CHANGED',
      from: before.rulesVersion,
      to: after.rulesVersion,
      message: `Rules updated from ${before.rulesVersion} to ${after.rulesVersion}.`,
    });
  }

  // Snapshots stored before the cycle was recorded have no applicationCycle: nothing to compare.
  if (before.applicationCycle !== undefined && before.applicationCycle !== after.applicationCycle) {
    changes.push({
      code: 'CYCLE_CHANGED',
      from: before.applicationCycle,
      to: after.applicationCycle,
      message: `The plan is now for the ${after.applicationCycle} cycle instead of ${before.applicationCycle}.`,
    });
  }

  if (before.primaryPathway !== after.primaryPathway) {
    const direction: ChangeDirection = PATHWAY_RANK[after.primaryPathway] > PATHWAY_RANK[before.primaryPathway] ? 'UPGRADE' : 'DOWNGRADE';
    changes.push({
      code: 'PATHWAY_CHANGED',
      from: before.primaryPathway,
      to: after.primaryPathway,
      direction,
      message: `${direction === 'UPGRADE' ? 'Upgrade' : 'Downgrade'}: pathway changed from ${PATHWAY_LABEL[before.primaryPathway]} to ${PATHWAY_LABEL[after.primaryPathway]}.`,
    });
  }

  const added = after.alternatives.filter((p) => !before.alternatives.includes(p));
  const removed = before.alternatives.filter((p) => !after.alternatives.includes(p));
  if (added.length > 0 || removed.length > 0) {
    const parts: string[] = [];
    if (added.length > 0) parts.push(`added ${added.map((p) => PATHWAY_LABEL[p]).join(', ')}`);
    if (removed.length > 0) parts.push(`removed ${removed.map((p) => PATHWAY_LABEL[p]).join(', ')}`);
    changes.push({ code: 'ALTERNATIVES_CHANGED', added, removed, message: `Alternatives ${parts.join('; ')}.` });
  }

  for (const band of ['ir', 'dr'] as const) {
    const from = before.bands[band];
    const to = after.bands[band];
    if (from !== to) {
      const direction = bandDirection(from, to);
      const name = band === 'ir' ? 'IR' : 'DR';
      changes.push({
        code: 'BAND_CHANGED',
        band,
        from,
        to,
        direction,
        message: `${name} band changed from ${from} to ${to}${direction === null ? '' : direction === 'UPGRADE' ? ' (up)' : ' (down)'}.`,
      });
    }
  }
  if (before.bands.basis !== after.bands.basis) {
    changes.push({
      code: 'BAND_BASIS_CHANGED',
      from: before.bands.basis,
      to: after.bands.basis,
      message: `Bands now rest on ${after.bands.basis === 'NONE' ? 'no score' : after.bands.basis} instead of ${before.bands.basis === 'NONE' ? 'no score' : before.bands.basis}.`,
    });
  }

  for (const field of ['integratedIR', 'diagnosticRadiology', 'backup'] as const) {
    const from = before.applications[field];
    const to = after.applications[field];
    if (!sameApplication(field, from, to)) {
      changes.push({
        code: 'APPLICATIONS_CHANGED',
        field,
        from,
        to,
        message: `${APPLICATION_LABEL[field]}: ${applicationText(field, from)} -> ${applicationText(field, to)}.`,
      });
    }
  }

  for (const field of LETTER_FIELDS) {
    const from = before.letters[field];
    const to = after.letters[field];
    if (from !== to) {
      changes.push({
        code: 'LETTERS_CHANGED',
        field,
        from,
        to,
        message: `${LETTER_LABEL[field]}: ${typeof from === 'boolean' ? (from ? 'yes' : 'no') : from} -> ${typeof to === 'boolean' ? (to ? 'yes' : 'no') : to}.`,
      });
    }
  }

  if (before.step3 !== after.step3) {
    changes.push({ code: 'STEP3_CHANGED', from: before.step3, to: after.step3, message: `Step 3 advice changed from ${before.step3} to ${after.step3}.` });
  }

  const flagsBefore = byCode<Flag>(before.flags);
  const flagsAfter = byCode<Flag>(after.flags);
  const flagCodes = [...new Set([...flagsBefore.keys(), ...flagsAfter.keys()])].sort(compareCodes);
  for (const code of flagCodes) {
    const b = flagsBefore.get(code);
    const a = flagsAfter.get(code);
    if (b === undefined && a !== undefined) {
      changes.push({ code: 'FLAG_ADDED', flag: code, severity: a.severity, ruleId: a.ruleId, message: `New ${a.severity.toLowerCase()} flag ${code}: ${a.message}` });
    } else if (a === undefined && b !== undefined) {
      changes.push({ code: 'FLAG_REMOVED', flag: code, severity: b.severity, ruleId: b.ruleId, message: `Flag ${code} cleared.` });
    } else if (a !== undefined && b !== undefined && a.severity !== b.severity) {
      const direction: ChangeDirection = SEVERITY_RANK[a.severity] < SEVERITY_RANK[b.severity] ? 'UPGRADE' : 'DOWNGRADE';
      changes.push({
        code: 'FLAG_SEVERITY_CHANGED',
        flag: code,
        from: b.severity,
        to: a.severity,
        direction,
        message: `Flag ${code} ${direction === 'UPGRADE' ? 'eased' : 'worsened'} from ${b.severity} to ${a.severity}.`,
      });
    }
  }

  const actionsBefore = byCode(before.actions);
  const actionsAfter = byCode(after.actions);
  const actionCodes = [...new Set([...actionsBefore.keys(), ...actionsAfter.keys()])].sort(compareCodes);
  for (const code of actionCodes) {
    const b = actionsBefore.get(code);
    const a = actionsAfter.get(code);
    if (b === undefined && a !== undefined) {
      changes.push({ code: 'ACTION_ADDED', action: code, ruleId: a.ruleId, message: `New action ${code}: ${a.message}` });
    } else if (a === undefined && b !== undefined) {
      changes.push({ code: 'ACTION_REMOVED', action: code, ruleId: b.ruleId, message: `Action ${code} no longer needed.` });
    } else if (a !== undefined && b !== undefined && (a.dueBy ?? null) !== (b.dueBy ?? null)) {
      const from = b.dueBy ?? null;
      const to = a.dueBy ?? null;
      changes.push({ code: 'ACTION_DUE_CHANGED', action: code, ruleId: a.ruleId, from, to, message: `Action ${code} now due ${to ?? 'without a date'} (was ${from ?? 'without a date'}).` });
    }
  }

  return changes;
}
