import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  key: string;
  name: string;
  color: string;
}

export interface Datum {
  label: string;
  [series: string]: string | number;
}

/** A horizontal bar chart (recharts). Hidden from assistive technology: its figure carries the numbers as a table. */
export function BarCanvas({ data, series, labelWidth }: { data: Datum[]; series: Series[]; labelWidth: number }) {
  return (
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
  );
}
