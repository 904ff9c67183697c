/** How fast a client may use one thing: up to `burst` at once, then `perMinute` on average. */
export interface RatePolicy {
  burst: number;
  perMinute: number;
}

export type TakeResult =
  | { ok: true }
  /**
   * `newEpisode` is true for the first refusal after the client was last refused (or ever), once the
   * bucket had time to fill again: staff are told once per episode, not once per request.
   */
  | { ok: false; retryAfterSeconds: number; newEpisode: boolean };

interface Bucket {
  tokens: number;
  updatedAt: number;
  lastRefusedAt?: number;
}

/**
 * Issue #16.4: a token bucket per client (the kiosk itself, or one paired device). A client may spend
 * `burst` at once, and the bucket fills again at `perMinute`. A request costs 1 by default; speech costs
 * the characters it synthesises, so one long text counts for what it costs the CPU.
 *
 * The state is in memory, on purpose: a restart forgets it, which at worst gives an attacker one more
 * burst per restart, and restarting the kiosk is itself something staff notice. Keeping it in SQLite
 * would write to the disk on every request, the very thing the limit protects. The clients are the kiosk
 * and the hall's paired devices (an unpaired one is refused before any limit), so the map stays small.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #policy: () => RatePolicy;
  readonly #now: () => number;

  /** `policy` is read at every take, so an admin's change to the config applies at once. */
  constructor(policy: () => RatePolicy, now: () => number = Date.now) {
    this.#policy = policy;
    this.#now = now;
  }

  take(client: string, cost = 1): TakeResult {
    const { burst, perMinute } = this.#policy();
    const now = this.#now();
    const perMs = perMinute / 60_000;
    const bucket = this.#buckets.get(client) ?? { tokens: burst, updatedAt: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
    this.#buckets.set(client, bucket);
    // A cost above the whole burst could never be paid: it waits for a full bucket instead.
    const due = Math.min(cost, burst);
    if (bucket.tokens >= due) {
      bucket.tokens -= due;
      return { ok: true };
    }
    const refillMs = burst / perMs;
    const newEpisode = bucket.lastRefusedAt === undefined || now - bucket.lastRefusedAt >= refillMs;
    bucket.lastRefusedAt = now;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((due - bucket.tokens) / perMs / 1000)), newEpisode };
  }
}
