/**
 * Times from intake to result are kept as a histogram, never as a list of cases: counts add up
 * across rooms and months (a median does not), and a count per bucket says nothing about anyone.
 *
 * Buckets are logarithmic, eight per doubling of (1 + minutes): bucket k holds durations d with
 * 2^(k/8) <= 1 + d < 2^((k+1)/8). A percentile is read as the middle of its bucket (geometric
 * mean of the bounds), which is within 4.5% of the true value (2^(1/16) - 1) for any duration:
 * a median of 3 days reads between 2.87 and 3.13 days. A year is bucket 152.
 */
const PER_DOUBLING = 8;

/** The bucket of a duration in minutes (a negative one, from clocks that disagree, is 0). */
export function durationBucket(minutes: number): number {
  return Math.floor(PER_DOUBLING * Math.log2(1 + Math.max(0, minutes)));
}

/** The duration a bucket stands for when a percentile falls in it, in minutes. */
export function bucketMidMinutes(bucket: number): number {
  return 2 ** ((bucket + 0.5) / PER_DOUBLING) - 1;
}

/** The smallest duration (minutes) bucket `bucket` can hold. */
export function bucketLowMinutes(bucket: number): number {
  return 2 ** (bucket / PER_DOUBLING) - 1;
}

/**
 * The p-th percentile (nearest rank: the smallest value with at least p% of the sample at or
 * below it) of a histogram `bucket -> count`, in minutes; null when the histogram is empty.
 */
export function histogramPercentile(counts: ReadonlyMap<number, number>, p: number): number | null {
  const buckets = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [bucket, n] of buckets) {
    seen += n;
    if (seen >= rank) return bucketMidMinutes(bucket);
  }
  return null;
}
