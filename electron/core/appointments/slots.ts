import type { AppointmentsConfig, HalfDay, ServiceCapacity } from './appointment-config.ts';
import { halfDays } from './appointment-config.ts';
import { openDates } from './calendar.ts';

/** One bookable half-day. */
export interface Slot {
  date: string;
  halfDay: HalfDay;
}

/** Places already booked on one date, per half-day. */
export type BookedCounts = Record<HalfDay, number>;

export interface HalfDayPlaces {
  halfDay: HalfDay;
  free: number;
}

export interface DayPlaces {
  date: string;
  halfDays: HalfDayPlaces[];
  /** Every half-day is full (or the day's limit is reached): 已约满. */
  full: boolean;
}

/**
 * The free places of one open date: a half-day's own places, but never more than what is left of the
 * day's limit, so a full day shows both half-days full. Half-days with no places at all are left out.
 */
export function placesOfDay(capacity: ServiceCapacity, date: string, booked: BookedCounts): DayPlaces {
  const dayLeft = capacity.perDay === undefined ? Infinity : capacity.perDay - booked.morning - booked.afternoon;
  const offered = halfDays
    .filter((halfDay) => capacity[halfDay] > 0)
    .map((halfDay) => ({ halfDay, free: Math.max(0, Math.min(capacity[halfDay] - booked[halfDay], dayLeft)) }));
  return { date, halfDays: offered, full: offered.every((place) => place.free === 0) };
}

/** Looks up what is booked for a service on a date; the store answers it, tests give a map. */
export type BookedOn = (date: string) => BookedCounts;

export interface SlotQuery {
  config: AppointmentsConfig;
  serviceId: string;
  /** The hall's date today. */
  today: string;
  /** Start here rather than tomorrow (it never goes before tomorrow). */
  from?: string;
  bookedOn: BookedOn;
}

/** The open days from `from` in the booking window with their free places; undefined for a service with no capacity. */
export function bookableDays({ config, serviceId, today, from, bookedOn }: SlotQuery): DayPlaces[] | undefined {
  const capacity = config.services[serviceId];
  if (!capacity) return undefined;
  return openDates(config, today, from).map((date) => placesOfDay(capacity, date, bookedOn(date)));
}

/** The first half-day with a free place from `from`, or undefined when the whole window is full. */
export function nextFreeSlot(query: SlotQuery): Slot | undefined {
  for (const day of bookableDays(query) ?? []) {
    const place = day.halfDays.find((each) => each.free > 0);
    if (place) return { date: day.date, halfDay: place.halfDay };
  }
  return undefined;
}

/** Whether a slot may be booked now: inside the window, on an open day, with a free place. */
export function slotIsFree(query: Omit<SlotQuery, 'from'>, slot: Slot): boolean {
  const day = bookableDays({ ...query, from: slot.date })?.[0];
  return day?.date === slot.date && day.halfDays.some((place) => place.halfDay === slot.halfDay && place.free > 0);
}
