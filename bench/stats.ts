// Small statistics for the bench: medians, 95th percentiles and ratios of samples, never means of noisy timings.

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly n: number;
}

/** The value at quantile `q` (0..1) of the samples, interpolating between the two nearest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), p95: p95(samples), min: Math.min(...samples), n: samples.length };
}

/** ours ÷ baseline: below 1 means ours is smaller (faster, lighter) than its baseline. */
export function ratio(ours: number, baseline: number): number {
  return baseline === 0 ? Number.POSITIVE_INFINITY : ours / baseline;
}
