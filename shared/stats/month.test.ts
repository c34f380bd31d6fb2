import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import {
  Month,
  addMonths,
  lastDayOf,
  monthStartMs,
  monthsFrom,
  shanghaiDay,
  shanghaiMonth,
} from './month';

describe('the statistics month (Shanghai local time)', () => {
  it('puts an instant in the Shanghai month, whatever offset it was written with', () => {
    // 23:59 and 00:30 in Shanghai on either side of the turn of the month.
    expect(shanghaiMonth('2026-11-30T23:59:59+08:00')).toBe('2026-11');
    expect(shanghaiMonth('2026-11-30T15:59:59.999Z')).toBe('2026-11');
    expect(shanghaiMonth('2026-11-30T16:30:00Z')).toBe('2026-12');
    expect(shanghaiMonth('2026-12-01T00:30:00+08:00')).toBe('2026-12');
    // A kiosk whose clock was set to another zone still counts in Shanghai's month.
    expect(shanghaiMonth('2026-11-30T10:30:00-06:00')).toBe('2026-12');
    expect(shanghaiMonth('2026-12-31T16:00:00Z')).toBe('2027-01');
    expect(shanghaiMonth(Date.UTC(2026, 11, 31, 15, 59, 59))).toBe('2026-12');
    expect(() => shanghaiMonth('yesterday')).toThrow(RangeError);
  });

  it('agrees with the time-zone database for Asia/Shanghai, not with the machine', () => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const random = seededRandom(11);
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    for (let i = 0; i < 2_000; i++) {
      const ms = Math.floor(from + random() * (to - from));
      expect(shanghaiDay(ms)).toBe(format.format(ms));
      expect(shanghaiMonth(ms)).toBe(format.format(ms).slice(0, 7));
    }
  });

  it('knows where each month starts and ends, and walks months across years', () => {
    expect(new Date(monthStartMs('2026-12')).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsFrom('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFrom('2026-11', '2026-10')).toEqual([]);
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(Month.safeParse('2026-13').success).toBe(false);
    expect(Month.safeParse('2026-1').success).toBe(false);
  });
});
