import { describe, expect, test } from 'vitest';
import { estimateWaitMinutes } from './wait-estimate.ts';

describe('estimateWaitMinutes', () => {
  test('uses the default service time before anyone has been served today', () => {
    expect(estimateWaitMinutes({ ticketsAhead: 3, windows: 1, recentServiceMinutes: [], defaultServiceMinutes: 5 })).toBe(15);
  });

  test('is the median service time × the tickets ahead ÷ the windows, rounded up', () => {
    expect(estimateWaitMinutes({ ticketsAhead: 3, windows: 2, recentServiceMinutes: [4, 6, 5], defaultServiceMinutes: 9 })).toBe(8);
    expect(estimateWaitMinutes({ ticketsAhead: 4, windows: 1, recentServiceMinutes: [2, 3, 4, 60], defaultServiceMinutes: 9 })).toBe(14);
  });

  test('is 0 for the next ticket', () => {
    expect(estimateWaitMinutes({ ticketsAhead: 0, windows: 1, recentServiceMinutes: [10], defaultServiceMinutes: 5 })).toBe(0);
  });
});
