/**
 * The value below which a fraction of the values lie, interpolated between the two nearest (the
 * spreadsheet PERCENTILE rule): 0.5 is the median, 0.9 the 90th percentile. Undefined for no values.
 */
export function percentile(values: readonly number[], fraction: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

export function median(values: readonly number[]): number | undefined {
  return percentile(values, 0.5);
}
