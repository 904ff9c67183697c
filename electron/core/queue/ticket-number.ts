/**
 * A ticket's series: its business type's letter, with the priority mark before it for priority tickets
 * (A, YA). Each series counts from 1 every day.
 */
export function ticketSeries(letter: string, priority: boolean, priorityMark: string): string {
  return priority ? `${priorityMark}${letter}` : letter;
}

/** A012, YA003: the series and at least three digits (a thousandth ticket in one day reads A1000). */
export function formatTicketNumber(series: string, number: number): string {
  return `${series}${String(number).padStart(3, '0')}`;
}
