import { describe, expect, test } from 'vitest';
import { median, percentile } from './statistics.ts';

describe('percentile', () => {
  test('interpolates between the nearest values, whatever their order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
    expect(percentile([7], 0.9)).toBe(7);
  });

  test('is undefined for no values', () => {
    expect(median([])).toBeUndefined();
  });
});
