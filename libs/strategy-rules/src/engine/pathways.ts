import type { Band, Pathway } from '../types';

/** Higher = more ambitious. The history view reads PATHWAY_CHANGED as an upgrade or a downgrade through this table. */
export const PATHWAY_RANK: Record<Pathway, number> = Object.freeze({
  INTEGRATED_IR: 7,
  DUAL_IR_DR: 6,
  DR_THEN_IR: 5,
  DR: 4,
  DR_WITH_BACKUP: 3,
  STRENGTHEN_THEN_APPLY: 2,
  PRELIM_THEN_REAPPLY: 1,
  ADJACENT_SPECIALTY: 0,
});

export const PATHWAYS: readonly Pathway[] = Object.freeze([
  'INTEGRATED_IR',
  'DUAL_IR_DR',
  'DR_THEN_IR',
  'DR',
  'DR_WITH_BACKUP',
  'STRENGTHEN_THEN_APPLY',
  'PRELIM_THEN_REAPPLY',
  'ADJACENT_SPECIALTY',
] as const);

/** Pathway by rank, the inverse of PATHWAY_RANK. */
export const PATHWAY_BY_RANK: readonly Pathway[] = Object.freeze(
  [...PATHWAYS].sort((a, b) => PATHWAY_RANK[a] - PATHWAY_RANK[b]),
);

/** Higher = stronger. UNKNOWN has no place on the scale. */
export const BAND_RANK: Readonly<Record<Exclude<Band, 'UNKNOWN'>, number>> = Object.freeze({
  HIGH: 4,
  COMPETITIVE: 3,
  BORDERLINE: 2,
  LOW: 1,
  VERY_LOW: 0,
});

export const BANDS: readonly Band[] = Object.freeze(['HIGH', 'COMPETITIVE', 'BORDERLINE', 'LOW', 'VERY_LOW', 'UNKNOWN'] as const);

/** Numeric level of a band for comparisons; UNKNOWN reads as BORDERLINE (no score yet: keep options open). */
export function bandLevel(band: Band): number {
  return band === 'UNKNOWN' ? 2 : BAND_RANK[band];
}

/** The weaker of two bands (UNKNOWN only when both are unknown). */
export function lowerBand(a: Band, b: Band): Band {
  if (a === 'UNKNOWN') return b;
  if (b === 'UNKNOWN') return a;
  return BAND_RANK[a] <= BAND_RANK[b] ? a : b;
}

/** Caps a band at a ceiling (UNKNOWN stays UNKNOWN). */
export function capBand(band: Band, ceiling: Exclude<Band, 'UNKNOWN'>): Band {
  if (band === 'UNKNOWN') return band;
  return BAND_RANK[band] > BAND_RANK[ceiling] ? ceiling : band;
}

/** Each pathway in plain words (the library's own; the web app has its labels in libs/contracts). */
export const PATHWAY_WORDS: Readonly<Record<Pathway, string>> = Object.freeze({
  INTEGRATED_IR: 'Integrated IR',
  DUAL_IR_DR: 'Integrated IR and DR together',
  DR_THEN_IR: 'DR first, then IR',
  DR: 'Diagnostic Radiology',
  DR_WITH_BACKUP: 'DR with a backup specialty',
  STRENGTHEN_THEN_APPLY: 'strengthen the file, then apply',
  PRELIM_THEN_REAPPLY: 'preliminary year, then reapply',
  ADJACENT_SPECIALTY: 'an adjacent specialty',
});
