import type { LimitsConfig } from '../core/limits/index.ts';
import { TokenBuckets } from '../core/limits/index.ts';

export type LimitedThing = keyof LimitsConfig;

/** The rate limits of one running kiosk: a bucket per client for each limited thing (issue #16.4). */
export type RequestLimits = Record<LimitedThing, TokenBuckets>;

export function createRequestLimits(limits: () => LimitsConfig, now?: () => number): RequestLimits {
  return {
    tickets: new TokenBuckets(() => limits().tickets, now),
    helpCalls: new TokenBuckets(() => limits().helpCalls, now),
    speechCharacters: new TokenBuckets(() => limits().speechCharacters, now),
  };
}
