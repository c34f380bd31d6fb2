import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import { bucketLowMinutes, durationBucket, histogramPercentile } from './duration-histogram';

/** Nearest rank over the exact values, as the histogram approximates it. */
function exactPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? NaN;
}

describe('the time-to-result histogram', () => {
  it('puts every duration in a bucket whose bounds hold it', () => {
    for (const minutes of [0, 0.5, 1, 7, 59, 60, 61, 1_440, 4_320, 43_200, 525_600]) {
      const b = durationBucket(minutes);
      expect(bucketLowMinutes(b)).toBeLessThanOrEqual(minutes + 1e-9);
      expect(bucketLowMinutes(b + 1)).toBeGreaterThan(minutes);
    }
    expect(durationBucket(-30)).toBe(0); // clocks that disagree never make a negative bucket
    expect(durationBucket(525_600)).toBe(152); // a year
  });

  it('reads the median and p90 within 4.5% of the exact values', () => {
    const random = seededRandom(5);
    // Results from minutes (solved on the spot) to weeks (routed to teams).
    const values = Array.from({ length: 5_000 }, () =>
      random() < 0.4 ? 5 + random() * 60 : 600 + random() * 30_000,
    );
    const counts = new Map<number, number>();
    for (const v of values) counts.set(durationBucket(v), (counts.get(durationBucket(v)) ?? 0) + 1);
    for (const p of [50, 90]) {
      const exact = exactPercentile(values, p);
      const read = histogramPercentile(counts, p) ?? NaN;
      expect(Math.abs(read + 1 - (exact + 1)) / (exact + 1)).toBeLessThan(0.045);
    }
  });

  it('has no percentile when there were no results', () => {
    expect(histogramPercentile(new Map(), 50)).toBeNull();
    expect(histogramPercentile(new Map([[10, 0]]), 50)).toBeNull();
  });
});
