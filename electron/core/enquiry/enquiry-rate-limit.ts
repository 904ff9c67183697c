/**
 * Enquiries per device (issue #7, point 5): enough for a queue of residents at one kiosk, far too few to
 * walk through ID numbers or references. A token bucket: `burst` at once, then one more every `refillMs`.
 */
export interface RateLimitOptions {
  burst: number;
  refillMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export const enquiryRateLimit: RateLimitOptions = { burst: 10, refillMs: 30_000 };

export function createRateLimiter({ burst, refillMs }: RateLimitOptions = enquiryRateLimit) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(device: string, now: number = Date.now()): RateDecision {
      const bucket = buckets.get(device) ?? { tokens: burst, at: now };
      const tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / refillMs);
      if (tokens < 1) {
        buckets.set(device, { tokens, at: now });
        return { ok: false, retryAfterSeconds: Math.ceil(((1 - tokens) * refillMs) / 1000) };
      }
      buckets.set(device, { tokens: tokens - 1, at: now });
      return { ok: true };
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
