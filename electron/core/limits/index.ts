/**
 * Issue #16.4: nobody exhausts the kiosk's paper, CPU or staff's attention. Token buckets per client,
 * with the hall's limits from its config.
 */
export { LimitsConfig } from './limits-config.ts';
export type { RatePolicy, TakeResult } from './token-bucket.ts';
export { TokenBuckets } from './token-bucket.ts';
