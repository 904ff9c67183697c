import { describe, expect, test } from 'vitest';
import { fullJitterDelayMs, longestRetryAfterMs, retryAfterMs } from './backoff.ts';

const config = { backoffBaseMs: 1_000, backoffMaxMs: 60_000 };

describe('fullJitterDelayMs', () => {
  test('waits a random share of a ceiling that doubles with each failure', () => {
    expect([1, 2, 3, 4].map((failures) => fullJitterDelayMs(failures, config, () => 0.5))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  test('never waits longer than the cap, however many failures', () => {
    expect(fullJitterDelayMs(7, config, () => 0.999)).toBe(59_940);
    expect(fullJitterDelayMs(1_000, config, () => 0.999)).toBe(59_940);
  });

  test('may come back at once: full jitter spreads halls that failed together', () => {
    expect(fullJitterDelayMs(5, config, () => 0)).toBe(0);
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2026-11-27T09:00:00Z');

  test('reads seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
  });

  test('reads an HTTP-date', () => {
    expect(retryAfterMs('Fri, 27 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
  });

  test('a date already past means now', () => {
    expect(retryAfterMs('Fri, 27 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });

  test('is honoured up to an hour', () => {
    expect(retryAfterMs('86400', now)).toBe(longestRetryAfterMs);
  });

  test('is ignored when absent or unreadable', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
