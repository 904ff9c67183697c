import { expect, test } from 'vitest';
import { summarise } from './statistics.ts';

test('median and p95 by nearest rank', () => {
  const samples = Array.from({ length: 100 }, (_, index) => index + 1);
  expect(summarise(samples)).toEqual({ median: 50, p95: 95, count: 100 });
  expect(summarise([3, 1, 2])).toEqual({ median: 2, p95: 3, count: 3 });
});
