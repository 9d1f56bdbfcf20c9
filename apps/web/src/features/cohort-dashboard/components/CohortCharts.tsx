import type { CohortSummary } from '@advising/contracts';
import { BANDS, PATHWAYS } from '@advising/strategy-rules';
import { LETTER_STATUSES, ROTATION_OUTCOMES } from '@advising/contracts';
import { lazy, Suspense } from 'react';
import { useNearViewport } from '../../../lib/use-near-viewport';
import { BAND_LABELS, LETTER_STATUS_LABELS, OUTCOME_LABELS, PATHWAY_LABELS } from '../../cohorts/labels';
import type { Datum, Series } from './BarCanvas';

// The chart library is the heaviest code of the page: its own chunk, fetched only when a chart
// scrolls into view. The frames around the charts (titles, summaries, tables) are here, at their
// final size from the start, so nothing moves when a chart arrives.
const BarCanvas = lazy(() => import('./BarCanvas').then((m) => ({ default: m.BarCanvas })));

const PRIMARY: Series[] = [{ key: 'value', name: 'Students', color: '#1d4f91' }];

/**
 * A bar chart with its text alternative: the chart is hidden from assistive technology and the
 * same numbers are in a table (visually hidden) and a one-line summary under the title.
 */
function ChartFigure({ id, title, summary, data, series = PRIMARY, labelWidth = 150 }: { id: string; title: string; summary: string; data: Datum[]; series?: Series[]; labelWidth?: number }) {
  const height = Math.max(140, data.length * (series.length > 1 ? 44 : 30) + 50);
  return (
    <figure className="chart card" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart__title">
          {title}
        </h3>
        <p className="chart__summary">{summary}</p>
      </figcaption>
      <ChartCanvas height={height} data={data} series={series} labelWidth={labelWidth} />
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              {series.map((s) => (
                <td key={s.key}>{d[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function ChartCanvas({ height, data, series, labelWidth }: { height: number; data: Datum[]; series: Series[]; labelWidth: number }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="chart__canvas" aria-hidden="true" style={{ height }}>
      {near && (
        <Suspense fallback={null}>
          <BarCanvas data={data} series={series} labelWidth={labelWidth} />
        </Suspense>
      )}
    </div>
  );
}

const largest = (data: Datum[], key = 'value'): string => {
  const top = [...data].sort((a, b) => Number(b[key]) - Number(a[key]))[0];
  return top === undefined || Number(top[key]) === 0 ? 'none' : `${top.label} (${top[key]})`;
};

/** The dashboard's charts, each with its text alternative. */
export function CohortCharts({ summary }: { summary: CohortSummary }) {
  const pathways: Datum[] = PATHWAYS.map((p) => ({ label: PATHWAY_LABELS[p], value: summary.byPathway[p] ?? 0 }));
  const bands: Datum[] = BANDS.map((b) => ({ label: BAND_LABELS[b], ir: summary.byBandIR[b] ?? 0, dr: summary.byBandDR[b] ?? 0 }));
  const letters: Datum[] = LETTER_STATUSES.map((s) => ({ label: LETTER_STATUS_LABELS[s], value: summary.letters.byStatus[s] ?? 0 }));
  const outcomes: Datum[] = [...ROTATION_OUTCOMES, 'PENDING' as const].map((o) => ({ label: OUTCOME_LABELS[o], value: summary.rotations.byOutcome[o] ?? 0 }));
  const { last30, last90 } = summary.pathwayChanges;
  const changes: Datum[] = [
    { label: 'Last 30 days', up: last30.upgrades, down: last30.downgrades },
    { label: 'Last 90 days', up: last90.upgrades, down: last90.downgrades },
  ];
  const totalLetters = letters.reduce((n, d) => n + Number(d.value), 0);
  const totalRotations = outcomes.reduce((n, d) => n + Number(d.value), 0);

  return (
    <div className="charts">
      <ChartFigure id="chart-pathway" title="Students by recommended pathway" summary={`Most common: ${largest(pathways)}.`} data={pathways} labelWidth={170} />
      <ChartFigure
        id="chart-band"
        title="Students by score band"
        summary={`Each student on both scales. IR: ${largest(bands, 'ir')} most common; DR: ${largest(bands, 'dr')}.`}
        data={bands}
        series={[
          { key: 'ir', name: 'IR scale', color: '#1d4f91' },
          { key: 'dr', name: 'DR scale', color: '#b45309' },
        ]}
        labelWidth={110}
      />
      <ChartFigure id="chart-letters" title="Letters by status" summary={`${totalLetters} letters; ${summary.letters.secured} secured of ${summary.letters.needed} needed.`} data={letters} series={[{ key: 'value', name: 'Letters', color: '#1d4f91' }]} labelWidth={110} />
      <ChartFigure
        id="chart-rotations"
        title="Rotation outcomes"
        summary={`${totalRotations} rotations; ${summary.rotations.completed} completed.`}
        data={outcomes}
        series={[{ key: 'value', name: 'Rotations', color: '#1d4f91' }]}
        labelWidth={110}
      />
      <ChartFigure
        id="chart-changes"
        title="Pathway changes"
        summary={`Last 30 days: ${last30.upgrades} up, ${last30.downgrades} down. Last 90 days: ${last90.upgrades} up, ${last90.downgrades} down.`}
        data={changes}
        series={[
          { key: 'up', name: 'Upgrades', color: '#1e7b34' },
          { key: 'down', name: 'Downgrades', color: '#a4161a' },
        ]}
        labelWidth={110}
      />
    </div>
  );
}
