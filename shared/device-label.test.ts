import { describe, expect, it } from 'vitest';
import { deviceLabelOf } from './device-label';
import { EnrollRequest } from './sync/protocol';
import { parseSiteFile } from './site-file';

describe('device label', () => {
  it('takes a short name, trimmed', () => {
    expect(deviceLabelOf('  前台左 ')).toBe('前台左');
    expect(deviceLabelOf('Front desk, left')).toBe('Front desk, left');
  });

  it('refuses empty, overlong and multi-line labels', () => {
    expect(deviceLabelOf('   ')).toBeNull();
    expect(deviceLabelOf('客'.repeat(65))).toBeNull();
    expect(deviceLabelOf('前台\n左')).toBeNull();
    expect(deviceLabelOf('前台\t左')).toBeNull();
  });

  it('is the same rule at the hub and in the site file', () => {
    const enroll = {
      code: 'ABCD-EFGH',
      credential: 'a'.repeat(43),
      kioskTime: '2026-11-29T10:00:00+08:00',
    };
    expect(EnrollRequest.safeParse({ ...enroll, deviceLabel: '前台左' }).success).toBe(true);
    expect(EnrollRequest.safeParse({ ...enroll, deviceLabel: '前台\n左' }).success).toBe(false);
    const file = { hubUrl: 'https://hub.example.cn', enrollmentCode: 'ABCD-EFGH' };
    expect(parseSiteFile(JSON.stringify({ ...file, deviceLabel: '前台左' })).ok).toBe(true);
    expect(parseSiteFile(JSON.stringify({ ...file, deviceLabel: '前台\n左' })).ok).toBe(false);
  });
});
