import { describe, expect, it } from 'vitest';
import { clockNeedsAttention, measureClockOffset, offsetMinutes } from './clock-offset';

describe('clock offset', () => {
  it('is the kiosk clock minus the hub clock at the midpoint of the request', () => {
    const hub = '2026-11-29T02:00:00.000Z';
    const hubMs = Date.parse(hub);
    expect(measureClockOffset(hubMs + 6 * 60_000, hubMs + 6 * 60_000 + 400, hub)).toBe(
      6 * 60_000 + 200,
    );
    expect(measureClockOffset(hubMs - 1_000, hubMs - 1_000, hub)).toBe(-1_000);
  });

  it('asks for attention above five minutes either way, not at or below', () => {
    expect(clockNeedsAttention(5 * 60_000)).toBe(false);
    expect(clockNeedsAttention(5 * 60_000 + 1)).toBe(true);
    expect(clockNeedsAttention(-7 * 60_000)).toBe(true);
    expect(clockNeedsAttention(null)).toBe(false);
    expect(offsetMinutes(-7 * 60_000 - 20_000)).toBe(7);
  });
});
