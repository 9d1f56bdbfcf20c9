import type { CohortSummary } from '@advising/contracts';
import { BANDS, PATHWAYS } from '@advising/strategy-rules';
import { LETTER_STATUSES, ROTATION_OUTCOMES } from '@advising/contracts';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BAND_LABELS, LETTER_STATUS_LABELS, OUTCOME_LABELS, PATHWAY_LABELS } from '../../cohorts/labels';

interface Series {
  key: string;
  name: string;
  color: string;
}

interface Datum {
  label: string;
  [series: string]: string | number;
}

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
      <div className="chart__canvas" aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#4a5568' }} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12, fill: '#1a2433' }} />
            <Tooltip cursor={{ fill: '#e8eff8' }} />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
                <LabelList dataKey={s.key} position="right" style={{ fontSize: 12, fill: '#1a2433' }} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
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

const largest = (data: Datum[], key = 'value'): string => {
  const top = [...data].sort((a, b) => Number(b[key]) - Number(a[key]))[0];
  return top === undefined || Number(top[key]) === 0 ? 'none' : `${top.label} (${top[key]})`;
};

/** The dashboard's charts; a separate chunk, loaded after the tiles and the table. */
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
