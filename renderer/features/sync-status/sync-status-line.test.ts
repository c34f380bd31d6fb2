import { describe, expect, it } from 'vitest';
import { ago, statusKind } from './sync-status-line';

describe('statusKind', () => {
  it('separates what passes by itself from what needs a person', () => {
    expect(statusKind(null, null)).toBe('connecting');
    expect(statusKind(null, 1)).toBe('synced');
    for (const code of [
      'network',
      'timeout',
      'hub_unreachable',
      'internal',
      'rate_limited',
      'bad_response',
    ] as const)
      expect([code, statusKind(code, 1)]).toEqual([code, 'offline']);
    expect(statusKind('not_enrolled', null)).toBe('notEnrolled');
    expect(statusKind('device_revoked', 1)).toBe('reenroll');
    expect(statusKind('unauthenticated', 1)).toBe('reenroll');
    expect(statusKind('enrollment_code_used', null)).toBe('badCode');
    expect(statusKind('batch_out_of_order', 1)).toBe('problem');
    expect(statusKind('storage', 1)).toBe('problem');
  });
});

describe('ago', () => {
  it('rounds down to the largest whole unit', () => {
    expect(ago(59_000)).toEqual({ unit: 'now', value: 0 });
    expect(ago(3 * 60_000 + 59_000)).toEqual({ unit: 'minute', value: 3 });
    expect(ago(2 * 3600_000)).toEqual({ unit: 'hour', value: 2 });
    expect(ago(49 * 3600_000)).toEqual({ unit: 'day', value: 2 });
    expect(ago(-5_000)).toEqual({ unit: 'now', value: 0 });
  });
});
