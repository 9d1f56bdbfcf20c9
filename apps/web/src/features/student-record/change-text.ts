import type { ApplicationPlan, BandBasis, Recommendation, RecommendationChange, Severity } from '@advising/strategy-rules';
import { BACKUP_LABELS, BAND_LABELS, formatRange, PATHWAY_LABELS, SEVERITY_LABELS, STEP3_LABELS } from './labels';

/**
 * A change between two recommendations in plain words. The change carries codes; the words come
 * from the label module and, for flags and actions, from the recommendation that holds them (the
 * one after for something new, the one before for something gone).
 */
export function describeChange(change: RecommendationChange, before: Recommendation | null, after: Recommendation | null): string {
  switch (change.code) {
    case 'RULES_VERSION_CHANGED':
      return `The advising rules were updated (version ${change.from} to ${change.to}).`;
    case 'CYCLE_CHANGED':
      return `The plan now prepares the ${change.to} application cycle (before: ${change.from}).`;
    case 'PATHWAY_CHANGED':
      return `${change.direction === 'UPGRADE' ? 'Pathway moved up' : 'Pathway moved down'}: from ${PATHWAY_LABELS[change.from]} to ${PATHWAY_LABELS[change.to]}.`;
    case 'ALTERNATIVES_CHANGED': {
      const parts: string[] = [];
      if (change.added.length > 0) parts.push(`now include ${change.added.map((p) => PATHWAY_LABELS[p]).join(', ')}`);
      if (change.removed.length > 0) parts.push(`no longer include ${change.removed.map((p) => PATHWAY_LABELS[p]).join(', ')}`);
      return `Alternatives ${parts.join('; ')}.`;
    }
    case 'BAND_CHANGED':
      return `${change.band.toUpperCase()} score band: ${BAND_LABELS[change.from]} → ${BAND_LABELS[change.to]}.`;
    case 'BAND_BASIS_CHANGED':
      return `Score bands now rest on ${basisText(change.to)} (before: ${basisText(change.from)}).`;
    case 'APPLICATIONS_CHANGED':
      return `${APPLICATION_TEXT[change.field]}: ${applicationText(change.field, change.from)} → ${applicationText(change.field, change.to)}.`;
    case 'LETTERS_CHANGED':
      return `${LETTER_TEXT[change.field]}: ${valueText(change.from)} → ${valueText(change.to)}.`;
    case 'STEP3_CHANGED':
      return `Step 3 advice: ${STEP3_LABELS[change.from]} → ${STEP3_LABELS[change.to]}.`;
    case 'FLAG_ADDED': {
      const flag = after?.flags.find((f) => f.code === change.flag);
      return `New ${severityWord(change.severity)}: ${flag?.message ?? flagName(change.flag)}`;
    }
    case 'FLAG_REMOVED': {
      const flag = before?.flags.find((f) => f.code === change.flag);
      return `No longer a concern: ${flag?.message ?? flagName(change.flag)}`;
    }
    case 'FLAG_SEVERITY_CHANGED': {
      const flag = after?.flags.find((f) => f.code === change.flag);
      return `${change.direction === 'UPGRADE' ? 'Eased' : 'More serious'} (${severityWord(change.from)} → ${severityWord(change.to)}): ${flag?.message ?? flagName(change.flag)}`;
    }
    case 'ACTION_ADDED': {
      const action = after?.actions.find((a) => a.code === change.action);
      return `New to do: ${action?.message ?? flagName(change.action)}`;
    }
    case 'ACTION_REMOVED': {
      const action = before?.actions.find((a) => a.code === change.action);
      return `Done or no longer needed: ${action?.message ?? flagName(change.action)}`;
    }
    case 'ACTION_DUE_CHANGED': {
      const action = after?.actions.find((a) => a.code === change.action);
      return `New date (${change.to ?? 'no date'}, was ${change.from ?? 'no date'}): ${action?.message ?? flagName(change.action)}`;
    }
  }
}

const APPLICATION_TEXT: Readonly<Record<keyof ApplicationPlan, string>> = {
  integratedIR: 'Integrated IR programs',
  diagnosticRadiology: 'DR programs',
  backup: 'Backup programs',
};

const LETTER_TEXT: Readonly<Record<string, string>> = {
  needed: 'Letters needed',
  fromIR: 'Letters needed from interventional radiologists',
  fromDR: 'Letters needed from radiologists',
  clinical: 'Letters needed from clinical faculty',
  usFacultyRequired: 'US faculty required',
  secured: 'Letters secured',
  shortfall: 'Letters still missing',
  extra: 'Letters beyond the plan',
};

function applicationText(field: keyof ApplicationPlan, value: ApplicationPlan[keyof ApplicationPlan]): string {
  if (value === null) return 'none';
  if (field === 'backup') {
    const backup = value as NonNullable<ApplicationPlan['backup']>;
    return `${BACKUP_LABELS[backup.specialty]} ${formatRange(backup.programs)}`;
  }
  return formatRange(value as NonNullable<ApplicationPlan['integratedIR']>);
}

function valueText(value: number | boolean): string {
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}

function basisText(basis: BandBasis): string {
  return basis === 'STEP2CK' ? 'Step 2 CK' : basis === 'STEP1' ? 'Step 1' : 'no score';
}

function severityWord(severity: Severity): string {
  return SEVERITY_LABELS[severity].toLowerCase();
}

/** A code in words when nothing better is known: MULTIPLE_ATTEMPTS → "Multiple attempts". */
export function flagName(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}
