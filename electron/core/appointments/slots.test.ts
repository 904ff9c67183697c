import { describe, expect, test } from 'vitest';
import type { AppointmentsConfig } from './appointment-config.ts';
import { AppointmentsConfig as AppointmentsSchema } from './appointment-config.ts';
import { dayOpening, openDates, weekdayOf } from './calendar.ts';
import type { BookedCounts } from './slots.ts';
import { bookableDays, nextFreeSlot, placesOfDay, slotIsFree } from './slots.ts';

// 2026-11-27 is a Friday; Saturday 28 and Sunday 29 are not working days.
const friday = '2026-11-27';

const certificates = { morning: 2, afternoon: 1 };
const homeVisits = { morning: 2, afternoon: 2, perDay: 3 };

const hall: AppointmentsConfig = AppointmentsSchema.parse({
  workingDays: [1, 2, 3, 4, 5],
  closedDays: [{ date: '2026-12-01', reason: { 'zh-CN': '村委换届', en: 'Village committee election' } }],
  daysAhead: 10,
  services: { 'certificate-appointment': certificates, 'home-visit': homeVisits },
});

function bookings(byDate: Record<string, Partial<BookedCounts>>) {
  return (date: string): BookedCounts => ({ morning: 0, afternoon: 0, ...byDate[date] });
}

describe('the calendar', () => {
  test('counts weekdays as the config does, Monday 1 to Sunday 7', () => {
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
  });

  test('a holiday or closing day is closed even on a working weekday, and says why', () => {
    expect(dayOpening(hall, '2026-12-01')).toMatchObject({ open: false, closed: 'closed-day', day: { reason: { 'zh-CN': '村委换届' } } });
    expect(dayOpening(hall, '2026-11-28')).toEqual({ open: false, closed: 'not-a-working-day' });
    expect(dayOpening(hall, '2026-12-02')).toEqual({ open: true });
  });

  test('booking starts tomorrow and stops daysAhead days from today, leaving out weekends and closed days', () => {
    expect(openDates(hall, friday)).toEqual(['2026-11-30', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']);
  });

  test('a start in the past is moved to tomorrow', () => {
    expect(openDates(hall, friday, '2026-01-01')[0]).toBe('2026-11-30');
  });
});

describe('places', () => {
  test('each half-day has its own places', () => {
    expect(placesOfDay(certificates, '2026-11-30', { morning: 1, afternoon: 0 })).toEqual({
      date: '2026-11-30',
      halfDays: [
        { halfDay: 'morning', free: 1 },
        { halfDay: 'afternoon', free: 1 },
      ],
      full: false,
    });
  });

  test("a day's limit caps both half-days: three home visits fill the day though each half-day has two", () => {
    expect(placesOfDay(homeVisits, '2026-11-30', { morning: 2, afternoon: 1 })).toMatchObject({
      halfDays: [
        { halfDay: 'morning', free: 0 },
        { halfDay: 'afternoon', free: 0 },
      ],
      full: true,
    });
  });

  test('a half-day without places is not offered at all', () => {
    const morningsOnly = { morning: 3, afternoon: 0 };
    expect(placesOfDay(morningsOnly, '2026-11-30', { morning: 0, afternoon: 0 }).halfDays).toEqual([{ halfDay: 'morning', free: 3 }]);
  });
});

describe('the next free half-day', () => {
  const query = { config: hall, serviceId: 'certificate-appointment', today: friday };

  test('is tomorrow morning on an empty book', () => {
    expect(nextFreeSlot({ ...query, bookedOn: bookings({}) })).toEqual({ date: '2026-11-30', halfDay: 'morning' });
  });

  test('is the afternoon when the morning is full', () => {
    expect(nextFreeSlot({ ...query, bookedOn: bookings({ '2026-11-30': { morning: 2 } }) })).toEqual({ date: '2026-11-30', halfDay: 'afternoon' });
  });

  test('skips a full day and the closed day after it', () => {
    const bookedOn = bookings({ '2026-11-30': { morning: 2, afternoon: 1 } });
    expect(bookableDays({ ...query, bookedOn })?.[0]).toMatchObject({ date: '2026-11-30', full: true });
    expect(nextFreeSlot({ ...query, bookedOn })).toEqual({ date: '2026-12-02', halfDay: 'morning' });
  });

  test('is undefined when the whole window is full, or the service takes no bookings', () => {
    const everything = Object.fromEntries(openDates(hall, friday).map((date) => [date, { morning: 2, afternoon: 1 }]));
    expect(nextFreeSlot({ ...query, bookedOn: bookings(everything) })).toBeUndefined();
    expect(bookableDays({ ...query, serviceId: 'pension-certification', bookedOn: bookings({}) })).toBeUndefined();
  });

  test('a slot is free only inside the window, on an open day, with a place', () => {
    const bookedOn = bookings({ '2026-11-30': { morning: 2 } });
    expect(slotIsFree({ ...query, bookedOn }, { date: '2026-11-30', halfDay: 'afternoon' })).toBe(true);
    expect(slotIsFree({ ...query, bookedOn }, { date: '2026-11-30', halfDay: 'morning' })).toBe(false);
    expect(slotIsFree({ ...query, bookedOn }, { date: '2026-12-01', halfDay: 'morning' })).toBe(false);
    expect(slotIsFree({ ...query, bookedOn }, { date: '2026-11-27', halfDay: 'afternoon' })).toBe(false);
    expect(slotIsFree({ ...query, bookedOn }, { date: '2026-12-08', halfDay: 'morning' })).toBe(false);
  });
});

describe('the config', () => {
  test('refuses a weekday twice, a closed date twice and a service with no places', () => {
    const result = AppointmentsSchema.safeParse({
      workingDays: [1, 1],
      closedDays: [{ date: '2026-12-01' }, { date: '2026-12-01' }],
      services: { 'home-visit': { morning: 0, afternoon: 0 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['each weekday once', 'each closed date once', 'a service needs at least one place in a half-day']);
  });
});
