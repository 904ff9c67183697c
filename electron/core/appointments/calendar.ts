import type { AppointmentsConfig, ClosedDay } from './appointment-config.ts';

/*
 * Dates are the hall's calendar dates as ISO text (2026-12-01), with no time zone: they are computed
 * in UTC only so that adding a day never meets a daylight-saving hour.
 */

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const next = utcDate(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday, as the config counts them. */
export function weekdayOf(date: string): number {
  const day = utcDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export type DayOpening = { open: true } | { open: false; closed: 'not-a-working-day' } | { open: false; closed: 'closed-day'; day: ClosedDay };

/** Whether the hall takes appointments on a date: a working weekday that is not a holiday or closing day. */
export function dayOpening(config: Pick<AppointmentsConfig, 'workingDays' | 'closedDays'>, date: string): DayOpening {
  const closedDay = config.closedDays.find((day) => day.date === date);
  if (closedDay) return { open: false, closed: 'closed-day', day: closedDay };
  if (!config.workingDays.includes(weekdayOf(date))) return { open: false, closed: 'not-a-working-day' };
  return { open: true };
}

/** The dates a resident may book on, today being `today`: from tomorrow, for `daysAhead` days. */
export function bookingWindow(config: Pick<AppointmentsConfig, 'daysAhead'>, today: string): { first: string; last: string } {
  return { first: addDays(today, 1), last: addDays(today, config.daysAhead) };
}

/** The open dates from `from` (or the window's first, if later) to the window's end, in order. */
export function openDates(config: AppointmentsConfig, today: string, from?: string): string[] {
  const window = bookingWindow(config, today);
  const dates: string[] = [];
  for (let date = from && from > window.first ? from : window.first; date <= window.last; date = addDays(date, 1)) {
    if (dayOpening(config, date).open) dates.push(date);
  }
  return dates;
}
