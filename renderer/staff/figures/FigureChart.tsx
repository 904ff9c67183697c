import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { StaffTable } from '../StaffTable.tsx';

export interface FigureRow {
  key: string;
  label: string;
  count: number;
}

export interface FigureChartProps {
  id: string;
  title: string;
  /** The table's first column: what is counted (business type, service, age band, screen). */
  what: string;
  rows: readonly FigureRow[];
}

/** Room for each bar and its label; the chart grows with the rows. */
const rowHeight = 56;

/**
 * One of today's figures as a bar chart with its table beside it. The table is what assistive technology
 * reads; the chart is the same numbers drawn for the eye, so it is hidden from the accessibility tree.
 */
export function FigureChart({ id, title, what, rows }: FigureChartProps) {
  const { t } = useTranslation();
  const captionId = `figure-${id}`;
  return (
    <figure className="staff-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {rows.every((row) => row.count === 0) ? (
        <p>{t('staff.figures.none')}</p>
      ) : (
        <div className="staff-figure__body">
          <div className="staff-figure__chart" aria-hidden="true">
            <BarChart responsive layout="vertical" data={[...rows]} accessibilityLayer={false} style={{ width: '100%', height: rows.length * rowHeight + 24 }} margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
              <XAxis type="number" hide allowDecimals={false} />
              {/* Recharts writes the ticks' colour inline; the theme's text colour replaces its grey. */}
              <YAxis type="category" dataKey="label" width={260} tickLine={false} tick={{ fill: 'var(--color-text)' }} />
              <Bar dataKey="count" isAnimationActive={false} barSize={28}>
                <LabelList dataKey="count" position="right" fill="var(--color-text)" />
              </Bar>
            </BarChart>
          </div>
          <StaffTable columns={[what, t('staff.figures.count')]}>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </StaffTable>
        </div>
      )}
    </figure>
  );
}
