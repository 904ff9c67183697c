import { describe, expect, test } from 'vitest';
import { isHallOpen } from './opening-hours.ts';

const weekdays = [1, 2, 3, 4, 5];
const demoHours = [
  { days: weekdays, open: '08:30', close: '12:00' },
  { days: weekdays, open: '14:30', close: '17:30' },
];
/** 23 November 2026 is a Monday; local times, as the hall's clock shows them. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

describe('isHallOpen', () => {
  test('is open inside a period on its weekdays, from the opening minute up to the closing one', () => {
    expect(isHallOpen(demoHours, at(23, 8, 30))).toBe(true);
    expect(isHallOpen(demoHours, at(23, 11, 59))).toBe(true);
    expect(isHallOpen(demoHours, at(27, 14, 30))).toBe(true);
    expect(isHallOpen(demoHours, at(23, 8, 29))).toBe(false);
    expect(isHallOpen(demoHours, at(23, 12, 0))).toBe(false);
    expect(isHallOpen(demoHours, at(25, 13, 0))).toBe(false);
    expect(isHallOpen(demoHours, at(27, 17, 30))).toBe(false);
  });

  test('counts Sunday as 7 and Monday as 1', () => {
    const weekend = [{ days: [6, 7], open: '09:00', close: '11:00' }];
    expect(isHallOpen(weekend, at(28, 10))).toBe(true); // Saturday
    expect(isHallOpen(weekend, at(29, 10))).toBe(true); // Sunday
    expect(isHallOpen(weekend, at(30, 10))).toBe(false); // Monday
    expect(isHallOpen(demoHours, at(29, 10))).toBe(false);
  });

  test('a period closing at 23:59 runs to midnight', () => {
    const allDay = [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }];
    expect(isHallOpen(allDay, new Date(2026, 10, 23, 23, 59, 59))).toBe(true);
    expect(isHallOpen(allDay, at(24, 0))).toBe(true);
  });
});
