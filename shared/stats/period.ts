import { addMonths, monthsFrom, type Month } from './month';

/**
 * The periods a dashboard offers (a month, a quarter, a year, any range of months) and the one
 * it is compared with: the same number of months just before it.
 */
export const PERIOD_KINDS = ['month', 'quarter', 'year', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The month, quarter or year that holds `month` (a range keeps what it was). */
export function periodOf(
  kind: Exclude<PeriodKind, 'range'>,
  month: Month,
): { from: Month; to: Month } {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  if (kind === 'month') return { from: month, to: month };
  if (kind === 'year') return { from: `${year}-01`, to: `${year}-12` };
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}`;
  return { from, to: addMonths(from, 2) };
}

/** The period just before, as long as this one. */
export function previousPeriod(from: Month, to: Month): { from: Month; to: Month } {
  const length = monthsFrom(from, to).length;
  return { from: addMonths(from, -length), to: addMonths(from, -1) };
}

/** A change between two figures as a share of the earlier one; null when there was none. */
export function change(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}
