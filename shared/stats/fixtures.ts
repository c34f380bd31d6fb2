import { shanghaiIso, type EventWriter } from '../cases/fixtures';
import type { ReportChannel } from '../cases/events';
import type { Part } from './measures';
import { SHANGHAI_OFFSET_MS } from './month';

/**
 * Helpers for tests and benchmarks of the statistics (never used by the product itself).
 */

/** Epoch ms of a Shanghai wall-clock time: sh(2026, 11, 30, 23, 30) is 15:30 UTC that day. */
export function sh(year: number, month: number, day: number, hour = 9, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MS;
}

/** The desk's report back, written at `at`; the resident was told then, or at `toldAt`. */
export function reportBack(
  desk: EventWriter,
  at: number,
  how: ReportChannel = 'phone',
  toldAt: number = at,
) {
  return desk.desk('resultReported', at, { how, reportedAt: shanghaiIso(toldAt), note: null });
}

/**
 * Parts added up into `{ "2026-11 intake contract/yes": 1, ... }` (zero sums dropped), so a test
 * can say which figures a record makes in words a reader can check.
 */
export function tally(parts: Iterable<Part>, measures?: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of parts) {
    if (measures && !measures.includes(p.measure)) continue;
    const dims = [p.d1, p.d2].filter((d) => d !== '').join('/');
    const key = `${p.month} ${p.measure}${dims ? ` ${dims}` : ''}`;
    out[key] = (out[key] ?? 0) + p.n;
    if (out[key] === 0) delete out[key];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
