import { describe, expect, it } from 'vitest';
import { shanghaiWeek } from './week';

describe('shanghaiWeek', () => {
  it('starts on Monday in Shanghai, even late on Sunday evening UTC', () => {
    // 2026-12-06 17:00 UTC is Monday 2026-12-07 01:00 in Shanghai.
    expect(shanghaiWeek(Date.UTC(2026, 11, 6, 17))).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    // Sunday 2026-12-13 23:00 in Shanghai is still that week.
    expect(shanghaiWeek(Date.UTC(2026, 11, 13, 15))[0]).toBe('2026-12-07');
  });
});
