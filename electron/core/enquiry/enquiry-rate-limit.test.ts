import { describe, expect, test } from 'vitest';
import { createRateLimiter } from './enquiry-rate-limit.ts';

describe('the enquiry rate limit', () => {
  test('allows a burst, then one enquiry per refill period, per device', () => {
    const limiter = createRateLimiter({ burst: 3, refillMs: 30_000 });
    for (let index = 0; index < 3; index += 1) expect(limiter.take('kiosk', 0)).toEqual({ ok: true });
    expect(limiter.take('kiosk', 1_000)).toEqual({ ok: false, retryAfterSeconds: 29 });
    expect(limiter.take('tablet', 1_000)).toEqual({ ok: true });
    expect(limiter.take('kiosk', 30_000)).toEqual({ ok: true });
    expect(limiter.take('kiosk', 30_000)).toMatchObject({ ok: false });
  });

  test('does not save up more than the burst while idle', () => {
    const limiter = createRateLimiter({ burst: 2, refillMs: 1_000 });
    expect(limiter.take('kiosk', 0)).toEqual({ ok: true });
    const later = 3_600_000;
    expect([limiter.take('kiosk', later), limiter.take('kiosk', later), limiter.take('kiosk', later)].map((decision) => decision.ok)).toEqual([true, true, false]);
  });
});
