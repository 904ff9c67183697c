/** Median, 95th percentile (nearest rank) and mean of a set of samples. */
export interface Summary {
  median: number;
  p95: number;
  mean: number;
  count: number;
}

/**
 * Summarises timings, where higher is worse. For rates, where lower is worse (requests per second),
 * pass `worse: 'lower'`: the p95 is then the value that 95 % of the samples reach or beat.
 */
export function summarise(samples: readonly number[], { worse = 'higher' }: { worse?: 'higher' | 'lower' } = {}): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  const mean = sorted.reduce((sum, each) => sum + each, 0) / sorted.length;
  return { median: rank(0.5), p95: worse === 'higher' ? rank(0.95) : (sorted[sorted.length - Math.ceil(0.95 * sorted.length)] ?? Number.NaN), mean, count: sorted.length };
}

/** One value measured once (a file size, a day's growth): its own median and p95. */
export function single(value: number): Summary {
  return { median: value, p95: value, mean: value, count: 1 };
}
