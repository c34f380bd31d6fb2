import { afterEach, describe, expect, it } from 'vitest';
import { shanghaiTime } from './clock';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('shanghaiTime', () => {
  it('prints Shanghai wall-clock time whatever zone the machine runs in', () => {
    const ms = Date.UTC(2026, 10, 29, 18, 30, 0); // 02:30 the next day in Shanghai
    for (const zone of ['UTC', 'America/New_York', 'Asia/Shanghai']) {
      process.env.TZ = zone;
      expect(shanghaiTime(ms)).toBe('2026-11-30 02:30');
    }
  });

  it('writes midnight as 00, not 24', () => {
    expect(shanghaiTime(Date.UTC(2026, 0, 1, 16, 0, 0))).toBe('2026-01-02 00:00');
  });
});
