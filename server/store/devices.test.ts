import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { HubError } from '../hub-error';
import { addSite } from './sites';
import { CODE_ALPHABET, DEMO_CODE, ensureDemoCode, issueCode, pendingCodes } from './codes';
import {
  authenticateDevice,
  enrollDevice,
  hashSecret,
  listDevices,
  newCredential,
  previewEnrollment,
  revokeDevice,
} from './devices';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
const HOUR = 3600_000;
let db: Db;
let cleanup: () => void;
let siteId: string;

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  siteId = addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '生活盒子' } },
    NOW,
  ).siteId;
});
afterEach(() => cleanup());

function codeError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof HubError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('enrollment codes', () => {
  it('issues readable 8-character codes from the unambiguous alphabet', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    for (const c of code.replace('-', '')) expect(CODE_ALPHABET).toContain(c);
  });

  it('refuses to issue a code for an unknown site', () => {
    expect(codeError(() => issueCode(db, 'nowhere', HOUR, NOW))).toBe('unknown_site');
  });

  it('enrolls once per code, in any case and spacing, and refuses a replay', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    const typed = code.toLowerCase().replace('-', ' ');
    const enrolled = enrollDevice(db, typed, 'kiosk 1', NOW, 0);
    expect(enrolled.site.siteId).toBe(siteId);
    expect(codeError(() => enrollDevice(db, code, null, NOW, 0))).toBe('enrollment_code_used');
    expect(listDevices(db)).toHaveLength(1);
  });

  it('refuses an expired code and an unknown one, creating no device', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    expect(codeError(() => enrollDevice(db, code, null, NOW + HOUR, 0))).toBe(
      'enrollment_code_expired',
    );
    expect(codeError(() => enrollDevice(db, 'ZZZZ-ZZZZ', null, NOW, 0))).toBe(
      'enrollment_code_invalid',
    );
    expect(listDevices(db)).toHaveLength(0);
    expect(pendingCodes(db, NOW + HOUR)).toHaveLength(0);
  });

  it('lets the demo code enroll many kiosks, forever', () => {
    ensureDemoCode(db, siteId, NOW);
    ensureDemoCode(db, siteId, NOW);
    const a = enrollDevice(db, DEMO_CODE, null, NOW, 0);
    const b = enrollDevice(db, 'demo2026', null, NOW + 1000 * 24 * HOUR, 0);
    expect(a.deviceId).not.toBe(b.deviceId);
    expect(pendingCodes(db, NOW)).toEqual([
      { code: DEMO_CODE, siteId, expiresAt: null, reusable: true },
    ]);
  });
});

describe('device credentials', () => {
  it('gives each device its own secret and stores only its hash', () => {
    ensureDemoCode(db, siteId, NOW);
    const a = enrollDevice(db, DEMO_CODE, null, NOW, 0);
    const b = enrollDevice(db, DEMO_CODE, null, NOW, 0);
    expect(a.credential).not.toBe(b.credential);
    expect(a.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const dump = JSON.stringify(db.prepare('SELECT * FROM devices').all());
    expect(dump).not.toContain(a.credential);
    expect(dump).toContain(hashSecret(a.credential));
  });

  it("authenticates the right secret and refuses a wrong one, another device's, or a revoked device", () => {
    ensureDemoCode(db, siteId, NOW);
    const a = enrollDevice(db, DEMO_CODE, null, NOW, 0);
    const b = enrollDevice(db, DEMO_CODE, null, NOW, 0);
    expect(authenticateDevice(db, a.deviceId, a.credential)).toEqual({
      id: a.deviceId,
      siteId,
      lost: null,
    });
    expect(codeError(() => authenticateDevice(db, a.deviceId, b.credential))).toBe(
      'unauthenticated',
    );
    expect(codeError(() => authenticateDevice(db, 'dev_aaaaaaaaaaaaaaaa', a.credential))).toBe(
      'unauthenticated',
    );
    expect(revokeDevice(db, a.deviceId, NOW)).toBe(true);
    expect(codeError(() => authenticateDevice(db, a.deviceId, a.credential))).toBe(
      'device_revoked',
    );
    // A wrong secret for a revoked device learns nothing about the revocation.
    expect(codeError(() => authenticateDevice(db, a.deviceId, b.credential))).toBe(
      'unauthenticated',
    );
    expect(revokeDevice(db, 'dev_nobody', NOW)).toBe(false);
  });
});

describe('enrolling again after a lost answer (the kiosk makes its credential)', () => {
  const codeRow = (code: string) =>
    db
      .prepare('SELECT used_at, used_by FROM enrollment_codes WHERE code = ?')
      .get(code.replace('-', ''));

  it('gives the same device back for the same code and credential, and nothing more', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    const mine = newCredential();
    const first = enrollDevice(db, code, 'kiosk 1', NOW, 0, mine);
    const spent = codeRow(code);
    const again = enrollDevice(db, code.toLowerCase(), 'kiosk 1', NOW + 1000, 0, mine);
    expect([first.resent, again.resent]).toEqual([false, true]);
    expect(again.deviceId).toBe(first.deviceId);
    expect(listDevices(db)).toHaveLength(1);
    expect(codeRow(code)).toEqual(spent);
    expect(authenticateDevice(db, first.deviceId, mine).id).toBe(first.deviceId);
  });

  it('refuses another credential with a spent code, a retry after expiry, and a revoked device', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    const mine = newCredential();
    const first = enrollDevice(db, code, null, NOW, 0, mine);
    expect(codeError(() => enrollDevice(db, code, null, NOW, 0, newCredential()))).toBe(
      'enrollment_code_used',
    );
    expect(codeError(() => enrollDevice(db, code, null, NOW + HOUR, 0, mine))).toBe(
      'enrollment_code_expired',
    );
    revokeDevice(db, first.deviceId, NOW);
    expect(codeError(() => enrollDevice(db, code, null, NOW, 0, mine))).toBe(
      'enrollment_code_used',
    );
    expect(listDevices(db)).toHaveLength(1);
  });

  it('keeps re-sends apart on the reusable demo code', () => {
    ensureDemoCode(db, siteId, NOW);
    const [x, y] = [newCredential(), newCredential()];
    const a = enrollDevice(db, DEMO_CODE, null, NOW, 0, x);
    const b = enrollDevice(db, DEMO_CODE, null, NOW, 0, y);
    expect(enrollDevice(db, DEMO_CODE, null, NOW, 0, x).deviceId).toBe(a.deviceId);
    expect(enrollDevice(db, DEMO_CODE, null, NOW, 0, y).deviceId).toBe(b.deviceId);
    expect(a.deviceId).not.toBe(b.deviceId);
    expect(listDevices(db)).toHaveLength(2);
  });
});

describe('previewing a code', () => {
  it('names the site without spending the code or storing anything', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    const before = JSON.stringify(db.prepare('SELECT * FROM enrollment_codes').all());
    expect(previewEnrollment(db, code, NOW, null)).toEqual({
      siteId,
      street: 'xujiahui',
      roomName: { 'zh-CN': '客厅', en: '客厅' },
      address: { 'zh-CN': '生活盒子', en: '生活盒子' },
    });
    expect(JSON.stringify(db.prepare('SELECT * FROM enrollment_codes').all())).toBe(before);
    expect(enrollDevice(db, code, null, NOW, 0).site.siteId).toBe(siteId);
  });

  it('refuses as enroll does, except for the kiosk that spent the code itself', () => {
    const { code } = issueCode(db, siteId, HOUR, NOW);
    const mine = newCredential();
    expect(codeError(() => previewEnrollment(db, 'ZZZZ-ZZZZ', NOW, null))).toBe(
      'enrollment_code_invalid',
    );
    expect(codeError(() => previewEnrollment(db, code, NOW + HOUR, null))).toBe(
      'enrollment_code_expired',
    );
    enrollDevice(db, code, null, NOW, 0, mine);
    expect(codeError(() => previewEnrollment(db, code, NOW, null))).toBe('enrollment_code_used');
    expect(codeError(() => previewEnrollment(db, code, NOW, newCredential()))).toBe(
      'enrollment_code_used',
    );
    expect(previewEnrollment(db, code, NOW, mine).siteId).toBe(siteId);
  });
});
