import { z } from 'zod';

/**
 * A statistics month is a calendar month in Shanghai local time (Asia/Shanghai), whatever the
 * clock of the machine that counts: a record made at 2026-11-30T16:30:00Z (00:30 on 1 December in
 * Shanghai) belongs to December. China has kept UTC+8 all year since 1991, so the month is
 * computed with that fixed offset (fast, and the same on every machine); `month.test.ts` checks it
 * against the time-zone database.
 */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM`, e.g. `2026-11`. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'months are YYYY-MM');
export type Month = z.infer<typeof Month>;

/** The Shanghai month an instant falls in. `time` is ISO-8601 with an offset, or epoch ms. */
export function shanghaiMonth(time: string | number): Month {
  // Shanghai kiosks write their own offset: the month is already there (a hot path when counting).
  if (typeof time === 'string' && time.endsWith('+08:00') && time.length >= 25)
    return time.slice(0, 7);
  const ms = typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new RangeError('not a time');
  const { year, month } = civilFromDays(Math.floor((ms + SHANGHAI_OFFSET_MS) / 86_400_000));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/**
 * The calendar date of a day number (days since 1970-01-01), with integer arithmetic only: the
 * counting loop calls this for every figure, where building a Date and its ISO text cost more
 * than the rest of the work (H. Hinnant's civil_from_days, proleptic Gregorian calendar).
 */
function civilFromDays(days: number): { year: number; month: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

/** The Shanghai calendar day an instant falls in, `YYYY-MM-DD`. */
export function shanghaiDay(time: string | number): string {
  const ms = typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new RangeError('not a time');
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function parts(month: Month): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** The first instant of a Shanghai month (epoch ms): 00:00 on the 1st, Shanghai time. */
export function monthStartMs(month: Month): number {
  const [y, m] = parts(month);
  return Date.UTC(y, m - 1, 1) - SHANGHAI_OFFSET_MS;
}

/** The month `n` months after `month` (before it when negative). */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthsFrom(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The last calendar day of a month, `YYYY-MM-DD`. */
export function lastDayOf(month: Month): string {
  return shanghaiDay(monthStartMs(addMonths(month, 1)) - 1);
}
