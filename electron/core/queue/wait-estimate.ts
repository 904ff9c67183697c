import { median } from '../reports/statistics.ts';

/** How many of today's latest services the estimate looks at: recent enough to follow the day's pace. */
export const recentServicesCounted = 20;

export interface WaitEstimateInput {
  ticketsAhead: number;
  /** The hall's windows; each serves every business type. */
  windows: number;
  /** Minutes from call to finish of today's latest services (at most recentServicesCounted). */
  recentServiceMinutes: readonly number[];
  /** queue.defaultServiceMinutes, until the hall has finished a ticket today. */
  defaultServiceMinutes: number;
}

/**
 * Minutes until a ticket is called: the median service time × the tickets ahead ÷ the windows, rounded
 * up. Service time is measured from call to finish, the time a window spends on one resident; issue to
 * finish would count the waiting too and grow with the queue. The median keeps one long case (a lost
 * document, a long explanation) from doubling every estimate.
 */
export function estimateWaitMinutes({ ticketsAhead, windows, recentServiceMinutes, defaultServiceMinutes }: WaitEstimateInput): number {
  if (ticketsAhead === 0) return 0;
  const serviceMinutes = median(recentServiceMinutes) ?? defaultServiceMinutes;
  return Math.ceil((serviceMinutes * ticketsAhead) / Math.max(1, windows));
}
