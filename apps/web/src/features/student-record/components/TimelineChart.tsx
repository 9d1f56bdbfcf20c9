import { BAND_RANK, type Band, PATHWAY_RANK, PATHWAYS } from '@advising/strategy-rules';
import { format } from 'date-fns';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BAND_LABELS, PATHWAY_LABELS, PATHWAY_SHORT_LABELS } from '../labels';
import type { TimelinePoint } from '../timeline-model';

const PATHWAY_BY_RANK = new Map(PATHWAYS.map((pathway) => [PATHWAY_RANK[pathway], pathway]));
const BAND_BY_LEVEL = new Map((Object.keys(BAND_RANK) as Exclude<Band, 'UNKNOWN'>[]).map((band) => [BAND_RANK[band], band]));
const RANK_TICKS = [...PATHWAY_BY_RANK.keys()].sort((a, b) => a - b);
const BAND_TICKS = [...BAND_BY_LEVEL.keys()].sort((a, b) => a - b);

const COLORS = { pathway: '#1d4f91', band: '#8a4b08', override: '#6b2c91', marker: '#a4161a' };

interface MarkerDotProps {
  cx?: number;
  cy?: number;
  payload?: TimelinePoint;
  index?: number;
}

/** A dot and the trigger's name at each point where something changed. */
function MarkerDot({ cx, cy, payload, index }: MarkerDotProps) {
  if (cx === undefined || cy === undefined || payload === undefined) return <g key={`empty-${index ?? 0}`} />;
  if (payload.marker === null) {
    return <circle key={`dot-${payload.key}`} cx={cx} cy={cy} r={3} fill={COLORS.pathway} />;
  }
  const above = (index ?? 0) % 2 === 0;
  return (
    <g key={`marker-${payload.key}`}>
      <circle cx={cx} cy={cy} r={5} fill="#ffffff" stroke={COLORS.marker} strokeWidth={2} />
      <text x={cx} y={above ? cy - 10 : cy + 18} textAnchor="middle" fontSize={11} fill="#1a2433">
        {payload.marker}
      </text>
    </g>
  );
}

/**
 * The pathway (left axis, by PATHWAY_RANK) and the score band (right axis) over time, as steps.
 * Decorative for screen readers: the section around it gives the same facts as text and a table.
 */
export function TimelineChart({ points, target }: { points: TimelinePoint[]; target: string }) {
  const hasOverride = points.some((point) => point.overrideRank !== null);
  return (
    <div className="timeline-chart" aria-hidden="true" data-testid="timeline-chart">
      <ResponsiveContainer width="100%" height={340}>
        <LineChart data={points} margin={{ top: 28, right: 12, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e3e8ef" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(time: number) => format(time, 'd MMM yy')}
            tick={{ fontSize: 12, fill: '#4a5568' }}
            minTickGap={24}
          />
          <YAxis
            yAxisId="pathway"
            type="number"
            domain={[0, 7]}
            ticks={RANK_TICKS}
            width={116}
            interval={0}
            tick={{ fontSize: 11, fill: '#1a2433' }}
            tickFormatter={(rank: number) => {
              const pathway = PATHWAY_BY_RANK.get(rank);
              return pathway === undefined ? '' : PATHWAY_SHORT_LABELS[pathway];
            }}
          />
          <YAxis
            yAxisId="band"
            orientation="right"
            type="number"
            domain={[0, 4]}
            ticks={BAND_TICKS}
            width={84}
            interval={0}
            tick={{ fontSize: 11, fill: '#8a4b08' }}
            tickFormatter={(level: number) => {
              const band = BAND_BY_LEVEL.get(level);
              return band === undefined ? '' : BAND_LABELS[band];
            }}
          />
          <Tooltip
            labelFormatter={(time, payload) => {
              const point = payload[0]?.payload as TimelinePoint | undefined;
              return `${format(Number(time), 'd MMM yyyy, HH:mm')}${point === undefined ? '' : ` · ${point.event}`}`;
            }}
            formatter={(_value, name, item) => {
              const point = item.payload as TimelinePoint;
              if (name === 'Score band') return [BAND_LABELS[point.band], `${target} score band`];
              if (name === 'Advisor’s pathway') return [point.overridePathway === null ? 'None' : PATHWAY_LABELS[point.overridePathway], name];
              return [PATHWAY_LABELS[point.pathway], name];
            }}
          />
          <Legend verticalAlign="bottom" height={28} />
          <Line
            yAxisId="pathway"
            name="Recommended pathway"
            dataKey="rank"
            type="stepAfter"
            stroke={COLORS.pathway}
            strokeWidth={3}
            dot={MarkerDot}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
          <Line
            yAxisId="band"
            name="Score band"
            dataKey="bandLevel"
            type="stepAfter"
            stroke={COLORS.band}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          {hasOverride && (
            <Line
              yAxisId="pathway"
              name="Advisor’s pathway"
              dataKey="overrideRank"
              type="stepAfter"
              stroke={COLORS.override}
              strokeWidth={2}
              strokeDasharray="2 3"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
