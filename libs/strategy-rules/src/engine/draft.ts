import type { Action, ApplicationPlan, Band, BandBasis, Flag, LetterPlan, Pathway, Reason, Step3Advice } from '../types';

/** The recommendation under construction during one `recommend` call. */
export interface Draft {
  irBand: Band;
  drBand: Band;
  basis: BandBasis;
  /** Rank of the lowest pathway proposed so far (pathway rules propose ceilings; the lowest wins). */
  ceiling: number;
  primary: Pathway;
  /** Alternatives offered by the rule that set the binding ceiling. */
  bindingAlternatives: readonly Pathway[];
  /** Alternatives any rule adds regardless of which rule binds. */
  extraAlternatives: Pathway[] | null;
  /** Index of the rule being evaluated. */
  current: number;
  /** Index of the rule whose proposal binds (-1 before any). */
  binding: number;
  /** Flat pairs [rule index, pathway] of every proposal, in order. */
  proposals: (number | Pathway)[];
  applications: ApplicationPlan;
  letters: LetterPlan;
  step3: Step3Advice;
  flags: Flag[];
  actions: Action[];
  reasons: Reason[];
}

const NO_ALTERNATIVES: readonly Pathway[] = Object.freeze([]);

export function newDraft(): Draft {
  return {
    irBand: 'UNKNOWN',
    drBand: 'UNKNOWN',
    basis: 'NONE',
    ceiling: 99,
    primary: 'INTEGRATED_IR',
    bindingAlternatives: NO_ALTERNATIVES,
    extraAlternatives: null,
    current: -1,
    binding: -1,
    proposals: [],
    applications: { integratedIR: null, diagnosticRadiology: null, backup: null },
    letters: { needed: 0, fromIR: 0, fromDR: 0, clinical: 0, usFacultyRequired: false, secured: 0, shortfall: 0, extra: 0 },
    step3: 'AFTER_MATCH',
    flags: [],
    actions: [],
    reasons: [],
  };
}
