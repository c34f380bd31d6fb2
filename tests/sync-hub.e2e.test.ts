import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../server/testing/test-hub';
import { addSite, setRota, setSiteSettings, setTheme } from '../server/store/sites';
import { issueCode } from '../server/store/codes';
import { revokeDevice } from '../server/store/devices';
import { tombstoneRecord } from '../server/store/records';
import { absoluteHubUrl } from '../renderer/platform/boot-config';
import { autoEnrollment } from '../renderer/sync/enroll';
import { goneIds, quarantineCount, requeue } from '../renderer/sync/outbox';
import { readPullCursor } from '../renderer/sync/pull';
import { clockNeedsAttention } from '../renderer/sync/clock-offset';
import { readSiteView } from '../renderer/content/site-store';
import { rotaForDay, themeForMonth } from '../renderer/content/site-view';
import {
  INITIAL_SYNC_STATUS,
  syncStatusReporter,
  useSyncStatus,
} from '../renderer/features/sync-status/sync-status-store';
import { statusKind } from '../renderer/features/sync-status/sync-status-line';
import type { Rota, SiteSettings, ThemeActivity } from '../shared/sync/content';
import type { Intake } from '../shared/records/intake';
import { startFaultProxy, type FaultProxy } from './sync/fault-proxy';
import { SimKiosk } from './sync/sim-kiosk';

/**
 * The kiosk's sync code (outbox, push, pull, enrollment; Dexie on fake-indexeddb, Node's fetch)
 * against a real hub on loopback with a real SQLite file. The steps build on each other like a
 * kiosk's first day. Where an answer must be lost, a proxy cuts it after the hub has committed.
 */
let hub: TestHub;
let proxy: FaultProxy;
let kiosk: SimKiosk;
let siteId: string;
let deviceId: string;

/** The kiosk's clock runs 7 minutes ahead of the hub's. */
const KIOSK_AHEAD_MS = 7 * 60_000;
const kioskNow = () => hub.clock.ms + KIOSK_AHEAD_MS;
const kioskDate = () => new Date(kioskNow());

const rota: Rota = {
  entries: [
    { weekday: 7, start: '09:00', end: '11:30', service: 'lawyer', who: '志愿律师 孙律师' },
    { weekday: 1, start: '14:00', end: '16:00', service: 'mediation', who: '调解员 钱老师' },
  ],
};
const theme: ThemeActivity = {
  month: '2026-11',
  title: { 'zh-CN': '劳动权益来学学', en: 'Your rights at work' },
  date: '2026-11-18',
  place: { 'zh-CN': '田林生活盒子', en: 'Tianlin Life Box' },
};

function hubRows(): { id: string; body: string }[] {
  return hub.db
    .prepare('SELECT id, body FROM records WHERE device_id = ? ORDER BY id')
    .all(deviceId) as { id: string; body: string }[];
}

beforeAll(async () => {
  hub = await startTestHub();
  proxy = await startFaultProxy({ target: hub.url, seed: 1 });
  const site = addSite(
    hub.db,
    {
      street: 'tianlin',
      roomName: { 'zh-CN': '田林街道公共法律服务客厅', en: 'Tianlin Living Room' },
      address: { 'zh-CN': '田林路 200 号', en: '200 Tianlin Road' },
    },
    hub.clock.ms,
  );
  siteId = site.siteId;
  setRota(hub.db, siteId, rota, hub.clock.ms);
  setTheme(hub.db, siteId, theme, hub.clock.ms);
  useSyncStatus.setState(INITIAL_SYNC_STATUS);
  kiosk = new SimKiosk('hub-e2e', { now: kioskNow, reporter: syncStatusReporter, pullLimit: 1 });
});
afterAll(async () => {
  await kiosk?.close();
  await proxy?.close();
  await hub?.close();
});

describe('a kiosk syncing with the real hub', () => {
  it('a wrong code enrolls nothing and says why', async () => {
    const outcome = await kiosk.sync({
      autoEnroll: () => Promise.resolve({ hubUrl: hub.url, code: 'WRNG-CODE' }),
    });
    expect(outcome).toEqual({ ok: false, code: 'enrollment_code_invalid' });
    expect(await kiosk.credentials.get()).toEqual({ ok: true, value: null });
    expect(statusKind(useSyncStatus.getState().lastError, null)).toBe('badCode');
  });

  it('without a credential or a code it stays unenrolled, and says so', async () => {
    expect(await kiosk.sync()).toEqual({ ok: false, code: 'not_enrolled' });
  });

  it('enrolls itself from a demo boot config, keeps the credential and shows the real room', async () => {
    const { code } = issueCode(hub.db, siteId, 3600_000, hub.clock.ms);
    const config = { hubUrl: hub.url, enrollmentCode: code, demo: true };
    const outcome = await kiosk.sync({
      autoEnroll: () =>
        Promise.resolve(autoEnrollment(config, 'http://kiosk.invalid/', absoluteHubUrl)),
    });
    expect(outcome.ok).toBe(true);
    const stored = await kiosk.credentials.get();
    expect(stored.ok && stored.value?.hubUrl).toBe(hub.url);
    deviceId = await kiosk.deviceId();
    expect(hub.db.prepare('SELECT site_id FROM devices WHERE id = ?').pluck().get(deviceId)).toBe(
      siteId,
    );
  });

  it('pulls site, rota and theme page by page, and Home shows them instead of the demo', async () => {
    const view = await readSiteView(kiosk.content, kioskDate());
    expect(view?.demo).toBe(false);
    expect(view?.roomName['zh-CN']).toBe('田林街道公共法律服务客厅');
    expect(view?.street['zh-CN']).toBe('田林街道');
    expect(rotaForDay(view!, kioskDate())).toEqual([
      { weekday: 7, start: '09:00', end: '11:30', serviceId: 'lawyer', who: '志愿律师 孙律师' },
    ]);
    expect(themeForMonth(view!, kioskDate())?.title['zh-CN']).toBe('劳动权益来学学');
    const feedTop = hub.db.prepare('SELECT MAX(cursor) FROM changes').pluck().get() as number;
    expect(await readPullCursor(kiosk.content)).toBe(feedTop);
  });

  it('records the clock offset (kiosk 7 minutes ahead) on both sides and warns about it', () => {
    expect(kiosk.offsets.at(-1)).toBe(KIOSK_AHEAD_MS);
    expect(useSyncStatus.getState().clockOffsetMs).toBe(KIOSK_AHEAD_MS);
    expect(clockNeedsAttention(useSyncStatus.getState().clockOffsetMs)).toBe(true);
    const hubSide = hub.db
      .prepare('SELECT last_offset_ms FROM devices WHERE id = ?')
      .pluck()
      .get(deviceId);
    expect(hubSide).toBe(KIOSK_AHEAD_MS);
  });

  it('pushes intakes and a suggestion; each is stored once and leaves the outbox', async () => {
    const ids = [
      await kiosk.createIntake(),
      await kiosk.createIntake(),
      await kiosk.createSuggestion('希望周六下午也开放'),
    ];
    const outcome = await kiosk.sync();
    expect(outcome).toMatchObject({ ok: true, acks: { stored: 3, duplicate: 0 } });
    expect(hubRows().map((r) => r.id)).toEqual([...ids].sort());
    expect(await kiosk.counts()).toMatchObject({ records: 3, outbox: 0 });
    expect(useSyncStatus.getState()).toMatchObject({ lastError: null, syncing: false });
  });

  it('re-sends after losing the answer: acked duplicate, stored once', async () => {
    const a = await kiosk.createIntake();
    const b = await kiosk.createIntake();
    proxy.script('/api/v1/push', 'cut');
    const lost = await kiosk.sync({ credentials: viaProxy() });
    expect(lost).toEqual({ ok: false, code: 'network' });
    expect(hubRows().map((r) => r.id)).toEqual(expect.arrayContaining([a, b]));
    expect((await kiosk.counts()).outbox).toBe(2);

    const again = await kiosk.sync();
    expect(again).toMatchObject({ ok: true, acks: { stored: 0, duplicate: 2 } });
    expect(hubRows().filter((r) => r.id === a || r.id === b)).toHaveLength(2);
    expect(hubRows()).toHaveLength(5);
    expect((await kiosk.counts()).outbox).toBe(0);
  });

  let badId: string;
  it('a record the hub rejects is quarantined with the reason; the rest go through', async () => {
    const before = await kiosk.createIntake();
    badId = await kiosk.createIntake();
    const after = await kiosk.createIntake();
    // An intake an older build saved with a phone number the shared schema refuses.
    const row = await kiosk.records.records.get(badId);
    const bad = { ...(row!.record as Intake) };
    bad.contact = { ...bad.contact!, phone: '12345' };
    await kiosk.records.records.put({ ...row!, record: bad });

    const outcome = await kiosk.sync();
    expect(outcome).toMatchObject({ ok: true, acks: { stored: 2, rejected: 1 } });
    expect(hubRows().map((r) => r.id)).toEqual(expect.arrayContaining([before, after]));
    expect(hubRows().map((r) => r.id)).not.toContain(badId);
    const quarantined = await kiosk.records.quarantine.get(badId);
    expect(quarantined?.reason).toMatch(/phone/);
    expect(quarantined?.reason).not.toContain('12345');
    expect(await kiosk.counts()).toMatchObject({ outbox: 0, quarantine: 1 });

    // Never sent again unchanged: the next sync sends nothing.
    expect(await kiosk.sync()).toMatchObject({ ok: true, acks: { rejected: 0, stored: 0 } });
  });

  it('staff correct and requeue it: stored, out of the quarantine', async () => {
    const row = await kiosk.records.records.get(badId);
    const fixed = { ...(row!.record as Intake) };
    fixed.contact = { ...fixed.contact!, phone: '13912345678' };
    await requeue(kiosk.records, badId, fixed);
    expect(await kiosk.sync()).toMatchObject({ ok: true, acks: { stored: 1 } });
    expect(await quarantineCount(kiosk.records)).toBe(0);
    const stored = hubRows().find((r) => r.id === badId);
    expect(JSON.parse(stored!.body)).toMatchObject({ contact: { phone: '13912345678' } });
  });

  it('a record the hub deleted meanwhile is acked gone: out of the outbox, noted, not stored again', async () => {
    const id = await kiosk.createIntake();
    proxy.script('/api/v1/push', 'cut');
    await kiosk.sync({ credentials: viaProxy() });
    expect(tombstoneRecord(hub.db, id, 'retention test', hub.clock.ms)).toBe(true);
    expect(await kiosk.sync()).toMatchObject({ ok: true, acks: { gone: 1 } });
    expect(await goneIds(kiosk.records)).toEqual([id]);
    expect(hubRows().map((r) => r.id)).not.toContain(id);
    expect(await kiosk.counts()).toMatchObject({ outbox: 0 });
  });

  it('a changed rota and room name reach Home at the next sync', async () => {
    hub.clock.ms += 60_000;
    setRota(
      hub.db,
      siteId,
      {
        entries: [
          { weekday: 7, start: '13:00', end: '15:00', service: 'notary', who: '公证员 吴老师' },
        ],
      },
      hub.clock.ms,
    );
    const site = hub.db.prepare('SELECT settings FROM sites WHERE id = ?').pluck().get(siteId);
    const renamed: SiteSettings = {
      ...(JSON.parse(site as string) as SiteSettings),
      roomName: { 'zh-CN': '田林街道公共法律服务客厅（新址）', en: 'Tianlin Living Room (new)' },
    };
    setSiteSettings(hub.db, renamed, hub.clock.ms);
    expect(await kiosk.sync()).toMatchObject({ ok: true, pulled: { applied: 2 } });
    const view = await readSiteView(kiosk.content, kioskDate());
    expect(view?.roomName['zh-CN']).toBe('田林街道公共法律服务客厅（新址）');
    expect(rotaForDay(view!, kioskDate()).map((s) => s.who)).toEqual(['公证员 吴老师']);
  });

  it('a revoked device gets a clear error, keeps its records, and asks for re-enrollment', async () => {
    expect(revokeDevice(hub.db, deviceId, hub.clock.ms)).toBe(true);
    const id = await kiosk.createIntake();
    expect(await kiosk.sync()).toEqual({ ok: false, code: 'device_revoked' });
    expect(await kiosk.counts()).toMatchObject({ outbox: 1 });
    expect(await kiosk.records.records.get(id)).toBeDefined();
    const status = useSyncStatus.getState();
    expect(statusKind(status.lastError, status.lastSuccessAt)).toBe('reenroll');
    expect(hubRows().map((r) => r.id)).not.toContain(id);
  });
});

/** The stored credential, pointed at the proxy instead of the hub. */
function viaProxy() {
  return {
    get: async () => {
      const stored = await kiosk.credentials.get();
      if (!stored.ok || !stored.value) return stored;
      return { ok: true as const, value: { ...stored.value, hubUrl: proxy.url } };
    },
    set: () => Promise.resolve({ ok: true as const, value: null }),
  };
}
