/** Median and 95th percentile (nearest rank) of a set of timings. */
export function summarise(samples: readonly number[]): { median: number; p95: number; count: number } {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  return { median: rank(0.5), p95: rank(0.95), count: sorted.length };
}
