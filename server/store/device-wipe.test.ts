import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { HubError } from '../hub-error';
import { addSite } from './sites';
import { issueCode } from './codes';
import {
  authenticateDevice,
  deviceState,
  enrollDevice,
  listDevices,
  revokeDevice,
  seeDevice,
} from './devices';
import { confirmWipe, markDeviceLost } from './device-wipe';

const NOW = Date.UTC(2026, 11, 7, 2, 0, 0);
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

function enrolled(): { id: string; credential: string } {
  const { code } = issueCode(db, siteId, 3600_000, NOW);
  const { deviceId, credential } = enrollDevice(db, code, null, NOW, 0);
  return { id: deviceId, credential };
}
const stateOf = (id: string) => deviceState(listDevices(db).find((d) => d.id === id)!);
const cli = { kind: 'cli' } as const;

describe('markDeviceLost', () => {
  it('marks a device lost; its credential still works so that it can hear it and confirm', () => {
    const kiosk = enrolled();
    expect(markDeviceLost(db, kiosk.id, { sendFirst: false, by: cli, now: NOW + 1 })).toBe(
      'marked',
    );
    expect(authenticateDevice(db, kiosk.id, kiosk.credential).lost).toEqual({ sendFirst: false });
    expect(stateOf(kiosk.id)).toBe('lost, never called since');
    seeDevice(db, kiosk.id, NOW + 2, null);
    expect(stateOf(kiosk.id)).toBe('lost');
  });

  it('marking again may switch send-first but keeps the first time', () => {
    const kiosk = enrolled();
    markDeviceLost(db, kiosk.id, { sendFirst: false, by: cli, now: NOW + 1 });
    markDeviceLost(db, kiosk.id, { sendFirst: true, by: cli, now: NOW + 5 });
    const row = listDevices(db)[0]!;
    expect([row.lostAt, row.lostSendFirst]).toEqual([NOW + 1, true]);
    expect(authenticateDevice(db, kiosk.id, kiosk.credential).lost).toEqual({ sendFirst: true });
  });

  it('refuses an unknown, a revoked or a wiped device, changing nothing', () => {
    expect(
      markDeviceLost(db, 'dev_nosuchdevice0000', { sendFirst: false, by: cli, now: NOW }),
    ).toBe('no_device');
    const revoked = enrolled();
    revokeDevice(db, revoked.id, NOW);
    expect(markDeviceLost(db, revoked.id, { sendFirst: false, by: cli, now: NOW })).toBe('revoked');
    expect(stateOf(revoked.id)).toBe('revoked');
  });

  it('is audited in its transaction when done through the console', () => {
    const kiosk = enrolled();
    const by = {
      kind: 'console',
      actor: { accountId: 'acc_aaaaaaaaaaaaaaaa', username: 'admin', role: 'district-admin' },
      address: '10.0.0.9',
    } as const;
    markDeviceLost(db, kiosk.id, { sendFirst: true, by, now: NOW });
    const lines = db.prepare('SELECT * FROM audit_log').all();
    expect(lines).toEqual([
      expect.objectContaining({
        account_id: 'acc_aaaaaaaaaaaaaaaa',
        action: 'device.lost',
        target_kind: 'device',
        target_id: kiosk.id,
        outcome: 'ok',
        detail: JSON.stringify({ sendFirst: true, outcome: 'marked' }),
      }),
    ]);
    const stored = db.prepare('SELECT lost_by FROM devices WHERE id = ?').pluck().get(kiosk.id);
    expect(stored).toBe('acc_aaaaaaaaaaaaaaaa');
  });
});

describe('confirmWipe', () => {
  it('notes the wipe and revokes the credential of a lost device', () => {
    const kiosk = enrolled();
    markDeviceLost(db, kiosk.id, { sendFirst: false, by: cli, now: NOW });
    expect(confirmWipe(db, kiosk.id, NOW + 10)).toBe(true);
    expect(stateOf(kiosk.id)).toBe('wiped');
    const code = (() => {
      try {
        authenticateDevice(db, kiosk.id, kiosk.credential);
        return 'accepted';
      } catch (error) {
        return error instanceof HubError ? error.code : 'other';
      }
    })();
    expect(code).toBe('device_revoked');
    expect(markDeviceLost(db, kiosk.id, { sendFirst: false, by: cli, now: NOW + 20 })).toBe(
      'wiped',
    );
  });

  it('changes nothing for a device that was never marked lost', () => {
    const kiosk = enrolled();
    expect(confirmWipe(db, kiosk.id, NOW)).toBe(false);
    expect(stateOf(kiosk.id)).toBe('active');
    expect(authenticateDevice(db, kiosk.id, kiosk.credential).lost).toBeNull();
  });
});
