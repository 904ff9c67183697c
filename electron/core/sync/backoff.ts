import type { SyncConfig } from './sync-config.ts';

/** A county's Retry-After is honoured up to this; a broken header must not park the outbox for days. */
export const longestRetryAfterMs = 60 * 60 * 1000;

/**
 * Capped exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and
 * Jitter"): a random wait between 0 and min(max, base × 2^(failures − 1)), so halls that lost the
 * network together do not all come back at the same moment.
 */
export function fullJitterDelayMs(failures: number, { backoffBaseMs, backoffMaxMs }: Pick<SyncConfig, 'backoffBaseMs' | 'backoffMaxMs'>, random: () => number): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/** RFC 9110 10.2.3: delay-seconds or an HTTP-date, as milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  let delay: number;
  if (/^\d+$/.test(text)) {
    delay = Number(text) * 1000;
  } else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    delay = at - now.getTime();
  }
  return Math.min(Math.max(delay, 0), longestRetryAfterMs);
}
