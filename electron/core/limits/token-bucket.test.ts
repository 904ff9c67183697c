import { describe, expect, test } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

describe('TokenBuckets (issue #16.4)', () => {
  test('allows a burst, then refills at the policy rate, each client on its own', () => {
    let now = 0;
    const buckets = new TokenBuckets(() => ({ burst: 3, perMinute: 6 }), () => now);
    expect([1, 2, 3].map(() => buckets.take('kiosk').ok)).toEqual([true, true, true]);
    expect(buckets.take('kiosk')).toEqual({ ok: false, retryAfterSeconds: 10, newEpisode: true });
    expect(buckets.take('device:a').ok).toBe(true);
    now += 10_000;
    expect(buckets.take('kiosk').ok).toBe(true);
    expect(buckets.take('kiosk')).toMatchObject({ ok: false, newEpisode: false });
  });

  test('charges the cost given, and a cost above the burst waits for a full bucket', () => {
    let now = 0;
    const buckets = new TokenBuckets(() => ({ burst: 100, perMinute: 60 }), () => now);
    expect(buckets.take('kiosk', 70).ok).toBe(true);
    expect(buckets.take('kiosk', 40)).toEqual({ ok: false, retryAfterSeconds: 10, newEpisode: true });
    now += 70_000;
    expect(buckets.take('kiosk', 500).ok).toBe(true);
    expect(buckets.take('kiosk', 1).ok).toBe(false);
  });

  test('a new episode begins only after a whole refill time without refusals', () => {
    let now = 0;
    const buckets = new TokenBuckets(() => ({ burst: 1, perMinute: 1 }), () => now);
    buckets.take('kiosk');
    const episodes = [0, 20_000, 40_000, 100_000, 101_000].map((at) => {
      now = at;
      const taken = buckets.take('kiosk');
      return taken.ok ? 'allowed' : taken.newEpisode;
    });
    // Refused at 0, 20 s and 40 s: one episode. Allowed at 100 s; refused at 101 s, over a minute (the refill time) after the last refusal: a new one.
    expect(episodes).toEqual([true, false, false, 'allowed', true]);
  });

  test('reads the policy at every take, so a changed config applies at once', () => {
    let policy = { burst: 1, perMinute: 1 };
    const buckets = new TokenBuckets(() => policy, () => 0);
    buckets.take('kiosk');
    expect(buckets.take('kiosk').ok).toBe(false);
    policy = { burst: 5, perMinute: 1 };
    expect(buckets.take('kiosk').ok).toBe(false);
  });
});
