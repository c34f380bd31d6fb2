import { describe, expect, it } from 'vitest';
import { suppressCount, suppressRow } from './suppress';

describe('small-cell suppression for supervisors', () => {
  it('shows 1 to 4 as "<5"; 0 and 5 or more as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressCount)).toEqual([
      0,
      '<5',
      '<5',
      '<5',
      '<5',
      5,
      6,
      120,
    ]);
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });

  it('withholds a second cell when one hidden cell could be worked out from the total', () => {
    // 30 - 12 - 9 - 6 would give back the 3.
    expect(suppressRow([12, 3, 9, 6])).toEqual({ cells: [12, '<5', 9, '*'], total: 30 });
    // Two hidden cells already protect each other; zeros stay.
    expect(suppressRow([12, 3, 0, 2])).toEqual({ cells: [12, '<5', 0, '<5'], total: 17 });
    // A small total is itself hidden, and then nothing can be worked out.
    expect(suppressRow([0, 3, 0])).toEqual({ cells: [0, '<5', 0], total: '<5' });
    expect(suppressRow([7, 8])).toEqual({ cells: [7, 8], total: 15 });
  });
});
