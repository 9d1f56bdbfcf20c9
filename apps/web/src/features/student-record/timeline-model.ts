import type { TimelineEntry } from '@advising/contracts';
import { BAND_RANK, type Band, PATHWAY_RANK, type Pathway, type Recommendation, type RecommendationChange, type Target } from '@advising/strategy-rules';
import { describeChange } from './change-text';
import { BAND_LABELS, formatDate, PATHWAY_LABELS, triggerLabel } from './labels';

/** One point of the chart: the state after an entry, in time order. */
export interface TimelinePoint {
  key: string;
  at: string;
  time: number;
  /** The engine's pathway and its rank (PATHWAY_RANK). */
  pathway: Pathway;
  rank: number;
  /** The score band for the target specialty, and its level (BAND_RANK; null when there is no score). */
  band: Band;
  bandLevel: number | null;
  /** The advisor's pathway in force after this entry, if any. */
  overridePathway: Pathway | null;
  overrideRank: number | null;
  /** What this entry was, in words (every point is marked; its tooltip says this). */
  event: string;
  /** Set where this entry changed the pathway, the band or the override: the chart also labels it. */
  marker: string | null;
  pathwayChanged: boolean;
  bandChanged: boolean;
}

/** One line of the change list under the chart. */
export interface TimelineEvent {
  key: string;
  kind: 'RECOMPUTED' | 'OVERRIDE';
  at: string;
  title: string;
  who: string;
  /** The pathway after this entry (engine's, or the advisor's for an override; null for a withdrawal). */
  pathway: Pathway | null;
  /** Each change in plain words. */
  changes: Pick<RecommendationChange, 'code' | 'message'>[];
  /** The advisor's reason, for an override. */
  reason: string | null;
  direction: 'UPGRADE' | 'DOWNGRADE' | null;
}

export interface TimelineModel {
  points: TimelinePoint[];
  /** Newest first. */
  events: TimelineEvent[];
  /** A sentence or two that says what the chart shows. */
  summary: string;
  pathwayChanges: number;
}

function bandFor(target: Target, bandIR: Band, bandDR: Band): Band {
  return target === 'DR' ? bandDR : bandIR;
}

function bandLevelOf(band: Band): number | null {
  return band === 'UNKNOWN' ? null : BAND_RANK[band];
}

/** Reads the API's history (newest first) into chart points (oldest first) and the change list (newest first). */
export function buildTimeline(entries: readonly TimelineEntry[], target: Target): TimelineModel {
  const chronological = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const points: TimelinePoint[] = [];
  let current: { pathway: Pathway; band: Band } | null = null;
  let overridePathway: Pathway | null = null;
  let pathwayChanges = 0;

  for (const [index, entry] of chronological.entries()) {
    if (entry.kind === 'RECOMPUTED') {
      const { snapshot } = entry;
      const band = bandFor(target, snapshot.bandIR, snapshot.bandDR);
      const pathwayChanged = current !== null && current.pathway !== snapshot.pathway;
      const bandChanged = current !== null && current.band !== band;
      if (pathwayChanged) pathwayChanges += 1;
      current = { pathway: snapshot.pathway, band };
      points.push({
        key: `r-${snapshot.id}`,
        at: entry.at,
        time: Date.parse(entry.at),
        pathway: snapshot.pathway,
        rank: PATHWAY_RANK[snapshot.pathway],
        band,
        bandLevel: bandLevelOf(band),
        overridePathway,
        overrideRank: overridePathway === null ? null : PATHWAY_RANK[overridePathway],
        event: triggerLabel(snapshot.trigger),
        marker: index === 0 || pathwayChanged || bandChanged ? triggerLabel(snapshot.trigger) : null,
        pathwayChanged,
        bandChanged,
      });
    } else {
      overridePathway = entry.override.pathway;
      // An override before any snapshot has nothing to draw against.
      if (current === null) continue;
      points.push({
        key: `o-${entry.at}-${index}`,
        at: entry.at,
        time: Date.parse(entry.at),
        pathway: current.pathway,
        rank: PATHWAY_RANK[current.pathway],
        band: current.band,
        bandLevel: bandLevelOf(current.band),
        overridePathway,
        overrideRank: overridePathway === null ? null : PATHWAY_RANK[overridePathway],
        event: overridePathway === null ? 'Override withdrawn' : 'Advisor override',
        marker: overridePathway === null ? 'Override withdrawn' : 'Advisor override',
        pathwayChanged: false,
        bandChanged: false,
      });
    }
  }

  let previous: Recommendation | null = null;
  const events = chronological
    .map((entry, index): TimelineEvent => {
      if (entry.kind === 'RECOMPUTED') {
        const { snapshot } = entry;
        const before = previous;
        previous = snapshot.recommendation;
        const pathwayChange = snapshot.changes.find((change) => change.code === 'PATHWAY_CHANGED');
        return {
          key: `r-${snapshot.id}`,
          kind: 'RECOMPUTED',
          at: entry.at,
          title: triggerLabel(snapshot.trigger),
          who: snapshot.actor?.displayName ?? 'Automatic update',
          pathway: snapshot.pathway,
          changes: snapshot.changes.map((change) => ({ code: change.code, message: describeChange(change, before, snapshot.recommendation) })),
          reason: null,
          direction: pathwayChange?.code === 'PATHWAY_CHANGED' ? pathwayChange.direction : null,
        };
      }
      const { override } = entry;
      return {
        key: `o-${entry.at}-${index}`,
        kind: 'OVERRIDE',
        at: entry.at,
        title: override.pathway === null ? 'Advisor withdrew the override' : `Advisor set the pathway to ${PATHWAY_LABELS[override.pathway]}`,
        who: override.advisor.displayName,
        pathway: override.pathway,
        changes: [],
        reason: override.reason,
        direction: null,
      };
    })
    .reverse();

  return { points, events, summary: summarise(points, pathwayChanges, target), pathwayChanges };
}

function summarise(points: readonly TimelinePoint[], pathwayChanges: number, target: Target): string {
  if (points.length === 0) return 'There is no recommendation history yet.';
  const first = points[0];
  const last = points[points.length - 1];
  const route: string[] = [`${PATHWAY_LABELS[first.pathway]} (${formatDate(first.at)})`];
  for (const point of points) {
    if (point.pathwayChanged) route.push(`${PATHWAY_LABELS[point.pathway]} (${formatDate(point.at)})`);
  }
  const changes =
    pathwayChanges === 0
      ? `The recommended pathway stayed ${PATHWAY_LABELS[first.pathway]} from ${formatDate(first.at)} to ${formatDate(last.at)}.`
      : `The recommended pathway changed ${pathwayChanges === 1 ? 'once' : `${pathwayChanges} times`} between ${formatDate(first.at)} and ${formatDate(last.at)}: ${route.join(', then ')}.`;
  const band = `The ${target} score band is now ${BAND_LABELS[last.band].toLowerCase()}.`;
  const override = last.overridePathway === null ? '' : ` An advisor has set the pathway to ${PATHWAY_LABELS[last.overridePathway]}.`;
  return `${changes} ${band}${override}`;
}
