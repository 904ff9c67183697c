import type { Localised } from '../../config/localised.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { hallDay, hallDayBounds } from '../queue/hall-day.ts';
import type { BusinessType } from '../queue/queue-config.ts';
import { ageBands } from './age-band.ts';
import type { AgeBand } from './age-band.ts';
import { percentile } from './statistics.ts';

/**
 * Today's figures for the staff console (product.md 6): counts and waits only, never a person, so the
 * county can see which needs go unmet without seeing who had them.
 */
export interface TodayFigures {
  ticketsByType: { letter: string; name: Localised; count: number }[];
  /** Minutes from issue to call of the tickets called today; null before the first call. */
  wait: { median: number | null; p90: number | null };
  /** Requests submitted today per service, the most used first. */
  servicesUsed: { serviceId: string; count: number }[];
  /** Today's requests per age band, every band listed; requests that asked no ID number are not counted. */
  ageBands: { band: AgeBand; count: number }[];
  /** Today's help calls per screen, answered or not, the most frequent first; null: from the appeals service. */
  helpCallsByScreen: { screen: string | null; count: number }[];
}

function roundedMinutes(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 10) / 10;
}

export function todayFigures(db: KioskDatabase, businessTypes: readonly BusinessType[], now: Date = new Date()): TodayFigures {
  const day = hallDay(now);
  const { start, end } = hallDayBounds(now);

  const tickets = new Map(
    db
      .prepare<[string], { business_type: string; count: number }>('SELECT business_type, count(*) AS count FROM ticket WHERE day = ? GROUP BY business_type')
      .all(day)
      .map((row) => [row.business_type, row.count]),
  );
  // A business type removed from the config today still counts, under its letter.
  const types = [...businessTypes, ...[...tickets.keys()].filter((letter) => !businessTypes.some((type) => type.letter === letter)).map((letter) => ({ letter, name: { 'zh-CN': letter, en: letter } }))];

  const waits = db
    .prepare<[string], { issued_at: string; called_at: string }>('SELECT issued_at, called_at FROM ticket WHERE day = ? AND called_at IS NOT NULL')
    .all(day)
    .map((row) => (Date.parse(row.called_at) - Date.parse(row.issued_at)) / 60_000);

  const bandCounts = new Map(
    db
      .prepare<[string, string], { age_band: AgeBand; count: number }>(
        'SELECT age_band, count(*) AS count FROM request WHERE created_at >= ? AND created_at < ? AND age_band IS NOT NULL GROUP BY age_band',
      )
      .all(start, end)
      .map((row) => [row.age_band, row.count]),
  );

  return {
    ticketsByType: types.map((type) => ({ letter: type.letter, name: type.name, count: tickets.get(type.letter) ?? 0 })),
    wait: { median: roundedMinutes(percentile(waits, 0.5)), p90: roundedMinutes(percentile(waits, 0.9)) },
    servicesUsed: db
      .prepare<[string, string], { serviceId: string; count: number }>(
        'SELECT service_id AS serviceId, count(*) AS count FROM request WHERE created_at >= ? AND created_at < ? GROUP BY service_id ORDER BY count DESC, service_id',
      )
      .all(start, end),
    ageBands: ageBands.map((band) => ({ band, count: bandCounts.get(band) ?? 0 })),
    helpCallsByScreen: db
      .prepare<[string, string], { screen: string | null; count: number }>(
        'SELECT screen, count(*) AS count FROM help_call WHERE created_at >= ? AND created_at < ? GROUP BY screen ORDER BY count DESC, screen',
      )
      .all(start, end),
  };
}
