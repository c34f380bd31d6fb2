import { describe, expect, it } from 'vitest';
import { change, periodOf, previousPeriod } from './period';

describe('dashboard periods', () => {
  it('finds the month, quarter and year that hold a month', () => {
    expect(periodOf('month', '2026-11')).toEqual({ from: '2026-11', to: '2026-11' });
    expect(periodOf('quarter', '2026-11')).toEqual({ from: '2026-10', to: '2026-12' });
    expect(periodOf('quarter', '2026-01')).toEqual({ from: '2026-01', to: '2026-03' });
    expect(periodOf('year', '2026-05')).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('compares with the same number of months just before, across a year end', () => {
    expect(previousPeriod('2026-01', '2026-03')).toEqual({ from: '2025-10', to: '2025-12' });
    expect(previousPeriod('2026-11', '2026-11')).toEqual({ from: '2026-10', to: '2026-10' });
    expect(previousPeriod('2026-01', '2026-12')).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('gives no change against nothing', () => {
    expect(change(5, 0)).toBeNull();
    expect(change(15, 10)).toBeCloseTo(0.5);
  });
});
