/**
 * The hall's day and clock, in the machine's time zone: the kiosk stands in the hall, so its local time is
 * the hall's. Ticket numbers start again at local midnight, and "today's figures" mean the local day.
 */

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** The hall's local date of an instant, 2026-11-27. */
export function hallDay(instant: Date): string {
  return `${instant.getFullYear()}-${twoDigits(instant.getMonth() + 1)}-${twoDigits(instant.getDate())}`;
}

/**
 * The hall's local day around an instant, as ISO instants (start inclusive, end exclusive), to select rows
 * stamped with toISOString(): ISO instants in UTC compare as text.
 */
export function hallDayBounds(instant: Date): { start: string; end: string } {
  const start = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate());
  const end = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + 1);
  return { start: start.toISOString(), end: end.toISOString() };
}

/** The hall's local clock time of an instant, 09:05. */
export function hallClockTime(instant: Date): string {
  return `${twoDigits(instant.getHours())}:${twoDigits(instant.getMinutes())}`;
}
