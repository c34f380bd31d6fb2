import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskTime,
  postJson,
  rowCounts,
  seedSite,
  snapshot,
  startTestHub,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { newCredential, revokeDevice } from '../server/store/devices';
import { SyncErrorBody } from '../shared/sync/errors';
import { API_PATHS, EnrollPreviewResponse, EnrollResponse } from '../shared/sync/protocol';
import { makeIntake } from '../shared/sync/fixtures';
import { enrollKiosk, previewEnrollment } from '../renderer/sync/enroll';
import { openPendingEnrollments } from '../renderer/sync/pending-enrollment';
import { startFaultProxy, type FaultProxy } from './sync/fault-proxy';
import { SimKiosk } from './sync/sim-kiosk';

/**
 * Enrollment in two steps against a real hub (SQLite file, HTTP on loopback): the preview names
 * the room without spending the code, and enroll with the kiosk's own credential can be sent
 * again after a lost answer and gets the same device back. The kiosk half runs the kiosk's own
 * code (Dexie on fake-indexeddb) through a proxy that cuts the hub's answer after the commit.
 */
let hub: TestHub;
let proxy: FaultProxy;

beforeAll(async () => {
  hub = await startTestHub({ enrollFailuresAllowed: 1000 });
  proxy = await startFaultProxy({ target: hub.url, seed: 1 });
});
afterAll(async () => {
  await proxy?.close();
  await hub?.close();
});

const preview = (body: unknown, url = hub.url) => postJson(url + API_PATHS.enrollPreview, body);
const enrollRaw = (body: object) =>
  postJson(hub.url + API_PATHS.enroll, { kioskTime: kioskTime(hub.clock.ms), ...body });
const errorOf = (res: { status: number; body: unknown }) => [
  res.status,
  SyncErrorBody.parse(res.body).error,
];
const codeRow = (code: string) =>
  hub.db.prepare('SELECT * FROM enrollment_codes WHERE code = ?').get(code.replace('-', ''));

describe('the room preview', () => {
  it('names the room the code belongs to and spends nothing', async () => {
    const { code, siteId } = seedSite(hub);
    const before = snapshot(hub.db);
    const first = await preview({ code: code.toLowerCase() });
    expect(first.status).toBe(200);
    const { site } = EnrollPreviewResponse.parse(first.body);
    expect(site).toEqual({
      siteId,
      street: 'xujiahui',
      roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅', en: '徐家汇街道公共法律服务客厅' },
      address: { 'zh-CN': '社区生活盒子 一楼', en: '社区生活盒子 一楼' },
    });
    expect((await preview({ code })).status).toBe(200);
    expect(snapshot(hub.db)).toBe(before);
    // The code still enrolls, for the room the preview named.
    const kiosk = await enroll(hub, code);
    expect(hub.db.prepare('SELECT site_id FROM devices WHERE id = ?').get(kiosk.deviceId)).toEqual({
      site_id: siteId,
    });
  });

  it('refuses unknown, expired and spent codes as enroll does, changing nothing', async () => {
    const { siteId } = seedSite(hub);
    const spent = issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code;
    await enroll(hub, spent);
    const expiring = issueCode(hub.db, siteId, 60_000, hub.clock.ms).code;
    hub.clock.ms += 60_000;
    const before = snapshot(hub.db);
    for (const [code, status, error] of [
      ['ZZZZ-ZZZZ', 404, 'enrollment_code_invalid'],
      [expiring, 410, 'enrollment_code_expired'],
      [spent, 409, 'enrollment_code_used'],
    ] as const) {
      expect(errorOf(await preview({ code }))).toEqual([status, error]);
      // Showing some other credential does not unlock a spent code.
      expect(errorOf(await preview({ code, credential: newCredential() }))).toEqual([
        status,
        error,
      ]);
      expect(errorOf(await enrollRaw({ code, credential: newCredential() }))).toEqual([
        status,
        error,
      ]);
    }
    expect(snapshot(hub.db)).toBe(before);
  });
});

describe('guessing codes through the preview', () => {
  it('counts wrong previews and wrong enrolls together, and then refuses even a good code', async () => {
    const strict = await startTestHub({ enrollFailuresAllowed: 3 });
    try {
      const { code } = seedSite(strict);
      const previewAt = (c: string) => preview({ code: c }, strict.url);
      // Good previews are not failures.
      for (let i = 0; i < 5; i++) expect((await previewAt(code)).status).toBe(200);
      expect(errorOf(await previewAt('QQQQ-QQQ2'))).toEqual([404, 'enrollment_code_invalid']);
      expect(errorOf(await previewAt('QQQQ-QQQ3'))).toEqual([404, 'enrollment_code_invalid']);
      const wrongEnroll = await postJson(strict.url + API_PATHS.enroll, {
        code: 'QQQQ-QQQ4',
        credential: newCredential(),
        kioskTime: kioskTime(strict.clock.ms),
      });
      expect(errorOf(wrongEnroll)).toEqual([404, 'enrollment_code_invalid']);
      const before = snapshot(strict.db);
      expect(errorOf(await previewAt(code))).toEqual([429, 'rate_limited']);
      const blockedEnroll = await postJson(strict.url + API_PATHS.enroll, {
        code,
        credential: newCredential(),
        kioskTime: kioskTime(strict.clock.ms),
      });
      expect(errorOf(blockedEnroll)).toEqual([429, 'rate_limited']);
      expect(snapshot(strict.db)).toBe(before);
      // The window passes: the good code previews and enrolls.
      strict.clock.ms += 10 * 60_000 + 1;
      expect((await previewAt(code)).status).toBe(200);
      await enroll(strict, code);
    } finally {
      await strict.close();
    }
  });
});

describe('enroll sent again after a lost answer', () => {
  it('the same code and credential get the same device, whose credential pushes', async () => {
    const { code } = seedSite(hub);
    const credential = newCredential();
    const first = await enroll(hub, code, hub.clock.ms, credential);
    const devices = rowCounts(hub.db).devices;
    const spent = codeRow(code);
    const again = await enrollRaw({ code: code.toLowerCase(), credential });
    expect(again.status).toBe(200);
    const body = EnrollResponse.parse(again.body);
    expect(body.deviceId).toBe(first.deviceId);
    // Nothing secret comes back: the kiosk made the credential and already has it.
    expect(JSON.stringify(again.body)).not.toContain(credential);
    expect(rowCounts(hub.db).devices).toBe(devices);
    expect(codeRow(code)).toEqual(spent);

    const intake = makeIntake(1);
    const pushed = await postJson(
      hub.url + API_PATHS.push,
      {
        batch: [{ seq: 1, record: intake, kioskTime: kioskTime(hub.clock.ms) }],
        kioskTime: kioskTime(hub.clock.ms),
      },
      first.headers,
    );
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({ acks: [{ id: intake.id, status: 'stored' }] });
  });

  it('another credential with the spent code is refused and changes nothing', async () => {
    const { code } = seedSite(hub);
    await enroll(hub, code);
    const before = snapshot(hub.db);
    expect(errorOf(await enrollRaw({ code, credential: newCredential() }))).toEqual([
      409,
      'enrollment_code_used',
    ]);
    expect(snapshot(hub.db)).toBe(before);
  });

  it('is bounded by the code: no retry after it expires, none for a revoked device', async () => {
    const { siteId } = seedSite(hub);
    const credential = newCredential();
    const code = issueCode(hub.db, siteId, 60_000, hub.clock.ms).code;
    const first = await enroll(hub, code, hub.clock.ms, credential);
    const other = issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code;
    const revoked = await enroll(hub, other, hub.clock.ms, credential);
    revokeDevice(hub.db, revoked.deviceId, hub.clock.ms);
    hub.clock.ms += 60_000;
    const before = snapshot(hub.db);
    expect(errorOf(await enrollRaw({ code, credential }))).toEqual([
      410,
      'enrollment_code_expired',
    ]);
    expect(errorOf(await enrollRaw({ code: other, credential }))).toEqual([
      409,
      'enrollment_code_used',
    ]);
    expect(errorOf(await preview({ code: other, credential }))).toEqual([
      409,
      'enrollment_code_used',
    ]);
    expect(snapshot(hub.db)).toBe(before);
    expect(first.deviceId).not.toBe(revoked.deviceId);
  });

  it('uses an index to find the earlier device (migration 4)', () => {
    const plan = hub.db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM devices WHERE enrolled_with = ? AND secret_sha256 = ? AND revoked_at IS NULL',
      )
      .all('X', 'Y') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('devices_by_enrollment');
  });
});

describe("the kiosk's own code, when the hub's answer is cut after it committed", () => {
  it('a retry with the same code finishes enrollment as the same device, and it syncs', async () => {
    const { code, siteId } = seedSite(hub);
    const kiosk = new SimKiosk('enroll-retry');
    const pending = openPendingEnrollments('enroll-retry-pending');
    const deps = {
      credentials: kiosk.credentials,
      content: kiosk.content,
      fetch: (i: string, init: RequestInit) => fetch(i, init),
      pending,
    };
    try {
      const site = await previewEnrollment({ hubUrl: proxy.url, code }, deps);
      expect(site.siteId).toBe(siteId);
      const devicesBefore = rowCounts(hub.db).devices ?? 0;

      proxy.script(API_PATHS.enroll, 'cut');
      await expect(enrollKiosk({ hubUrl: proxy.url, code }, deps)).rejects.toMatchObject({
        code: 'network',
      });
      // The hub made the device and spent the code; the kiosk has no credential, but its own
      // pending one.
      expect(rowCounts(hub.db).devices).toBe(devicesBefore + 1);
      expect(await kiosk.credentials.get()).toEqual({ ok: true, value: null });
      const made = (await pending.get())?.credential;
      expect(made).toBeDefined();

      // The technician looks again (the hub recognises this kiosk) and retries.
      expect((await previewEnrollment({ hubUrl: proxy.url, code }, deps)).siteId).toBe(siteId);
      const credential = await enrollKiosk({ hubUrl: proxy.url, code }, deps);
      expect(credential.secret).toBe(made);
      expect(rowCounts(hub.db).devices).toBe(devicesBefore + 1);
      expect(await pending.get()).toBeNull();
      expect(
        hub.db
          .prepare('SELECT used_by FROM enrollment_codes WHERE code = ?')
          .get(code.replace('-', '')),
      ).toEqual({ used_by: credential.deviceId });

      const id = await kiosk.createIntake();
      expect(await kiosk.sync()).toMatchObject({ ok: true, acks: { stored: 1 } });
      expect(hub.db.prepare('SELECT device_id FROM records WHERE id = ?').get(id)).toEqual({
        device_id: credential.deviceId,
      });
    } finally {
      await kiosk.close();
    }
  });
});
