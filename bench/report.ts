import type { Verdict } from './budgets.ts';
import type { Figure } from './figure.ts';

export interface TableRow {
  figure: string;
  median: string;
  p95: string;
  mean: string;
  n: string;
  budget: string;
  within: string;
}

const decimals: Record<Figure['unit'], number> = { ms: 0, '%': 2, kB: 1, MB: 1, 'req/s': 0, '×': 2 };

export function formatValue(value: number, unit: Figure['unit']): string {
  const number = value.toLocaleString('en', { minimumFractionDigits: decimals[unit], maximumFractionDigits: decimals[unit] });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
}

/** The table's rows: every figure, with its budget where it has one. */
export function tableRows(figures: readonly Figure[], verdicts: ReadonlyMap<string, Verdict>): TableRow[] {
  return figures.map((figure) => {
    const verdict = verdicts.get(figure.id);
    const within = verdict === undefined ? '' : verdict.within === undefined ? 'n/a' : verdict.within ? 'yes' : 'NO';
    const { summary } = figure;
    return {
      figure: figure.label,
      median: summary ? formatValue(summary.median, figure.unit) : (figure.note ?? 'not available'),
      p95: summary && summary.count > 1 ? formatValue(summary.p95, figure.unit) : '',
      mean: summary && summary.count > 1 ? formatValue(summary.mean, figure.unit) : '',
      n: summary ? `${summary.count}${figure.samplesAre ? ` ${figure.samplesAre}` : ''}` : '',
      budget: verdict?.text ?? '',
      within,
    };
  });
}

const headings: TableRow = { figure: 'Figure', median: 'Median', p95: 'p95', mean: 'Mean', n: 'n', budget: 'Budget', within: 'Within' };
const columns = Object.keys(headings) as (keyof TableRow)[];

/** A plain-text table for the terminal. */
export function textTable(rows: readonly TableRow[]): string {
  const all = [headings, ...rows];
  const widths = columns.map((column) => Math.max(...all.map((row) => row[column].length)));
  const line = (row: TableRow) => columns.map((column, index) => row[column].padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  return [line(headings), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for the README's Performance section. */
export function markdownTable(rows: readonly TableRow[]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(columns.map((column) => headings[column])), line(columns.map(() => '---')), ...rows.map((row) => line(columns.map((column) => row[column])))].join('\n');
}

/** The notes of figures that have a summary (a figure without one shows its note in the table). */
export function figureNotes(figures: readonly Figure[]): string[] {
  return figures.filter((figure) => figure.summary && figure.note).map((figure) => `${figure.label}: ${figure.note}`);
}
