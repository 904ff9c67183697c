import { afterEach, describe, expect, test } from 'vitest';
import { hallClockTime, hallDay, hallDayBounds } from './hall-day.ts';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe("the hall's day", () => {
  test('is the local date in the machine time zone, not the UTC date', () => {
    process.env.TZ = 'Asia/Shanghai';
    const lateEvening = new Date('2026-11-27T16:30:00.000Z'); // 00:30 on the 28th in Henan
    expect(hallDay(lateEvening)).toBe('2026-11-28');
    expect(hallClockTime(lateEvening)).toBe('00:30');
    expect(hallDayBounds(lateEvening)).toEqual({ start: '2026-11-27T16:00:00.000Z', end: '2026-11-28T16:00:00.000Z' });
    process.env.TZ = 'UTC';
    expect(hallDay(lateEvening)).toBe('2026-11-27');
    expect(hallClockTime(lateEvening)).toBe('16:30');
  });

  test('bounds hold every instant of the day and none of the next', () => {
    process.env.TZ = 'Asia/Shanghai';
    const morning = new Date(2026, 10, 27, 8, 30);
    const { start, end } = hallDayBounds(morning);
    expect(start <= morning.toISOString() && morning.toISOString() < end).toBe(true);
    expect(hallDay(new Date(end))).toBe('2026-11-28');
    expect(hallDay(new Date(Date.parse(end) - 1))).toBe('2026-11-27');
  });
});
