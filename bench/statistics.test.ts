import { expect, test } from 'vitest';
import { single, summarise } from './statistics.ts';

test('median and p95 by nearest rank, and the mean', () => {
  const samples = Array.from({ length: 100 }, (_, index) => index + 1);
  expect(summarise(samples)).toEqual({ median: 50, p95: 95, mean: 50.5, count: 100 });
  expect(summarise([3, 1, 2])).toEqual({ median: 2, p95: 3, mean: 2, count: 3 });
});

test('for rates the p95 is on the low side: what 95 % of the samples reach', () => {
  const samples = Array.from({ length: 100 }, (_, index) => index + 1);
  expect(summarise(samples, { worse: 'lower' })).toMatchObject({ median: 50, p95: 6 });
  expect(summarise([900, 1200, 1100], { worse: 'lower' })).toMatchObject({ median: 1100, p95: 900 });
});

test('refuses to summarise nothing', () => {
  expect(() => summarise([])).toThrow('no samples');
});

test('a single measurement is its own median and p95', () => {
  expect(single(42)).toEqual({ median: 42, p95: 42, mean: 42, count: 1 });
});
