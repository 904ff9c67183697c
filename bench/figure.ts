import type { Summary } from './statistics.ts';

/** One line of the bench's table: a measured figure, or why it could not be measured in this run. */
export interface Figure {
  /** Stable name, used by bench/budgets.json and in results.json. */
  id: string;
  label: string;
  unit: 'ms' | '%' | 'kB' | 'MB' | 'req/s' | '×';
  /** Undefined when the figure is not available in this checkout (a route that has not landed yet). */
  summary: Summary | undefined;
  /** What the n counts, when not repetitions: "5-s windows", "seconds". */
  samplesAre?: string;
  note?: string;
}

/** What each figure module gives back: its lines of the table, and the raw details for results.json. */
export interface FigureSet {
  figures: Figure[];
  details: Record<string, unknown>;
}

export function notAvailable(id: string, label: string, unit: Figure['unit'], note: string): Figure {
  return { id, label, unit, summary: undefined, note };
}
