import type { KioskConfig } from '../../config/schema.ts';

export type OpeningHours = KioskConfig['hall']['openingHours'];

function minuteOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * Whether the hall is open at an instant, by the machine's local clock (the kiosk stands in the hall).
 * Weekdays run 1 = Monday … 7 = Sunday; a period runs from its opening minute up to its closing one. A
 * period closing at 23:59 runs to midnight, since the clock format has no 24:00.
 */
export function isHallOpen(openingHours: OpeningHours, now: Date): boolean {
  const weekday = now.getDay() === 0 ? 7 : now.getDay();
  const minute = now.getHours() * 60 + now.getMinutes();
  return openingHours.some((period) => {
    const close = period.close === '23:59' ? 24 * 60 : minuteOfDay(period.close);
    return period.days.includes(weekday) && minuteOfDay(period.open) <= minute && minute < close;
  });
}
