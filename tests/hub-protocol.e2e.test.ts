import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskTime,
  postJson,
  rowCounts,
  seedSite,
  snapshot,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { findRecord, tombstoneRecord } from '../server/store/records';
import { newCredential, revokeDevice } from '../server/store/devices';
import { addSite, setRota, setTheme } from '../server/store/sites';
import { makeIntake, makeSuggestion } from '../shared/sync/fixtures';
import type { KioskRecord } from '../shared/records/intake';
import {
  API_PATHS,
  HealthResponse,
  KIOSK_TIME_HEADER,
  PullResponse,
  PushResponse,
  readChange,
} from '../shared/sync/protocol';
import { SyncErrorBody } from '../shared/sync/errors';

/**
 * The sync protocol end to end: a real hub on loopback with a real SQLite file, driven over HTTP
 * the way a kiosk drives it. The steps build on each other, like a kiosk's life.
 */
let hub: TestHub;
let kiosk: Kiosk;
let siteId: string;
const KIOSK_AHEAD_MS = 90_000;
const kioskNow = () => kioskTime(hub.clock.ms + KIOSK_AHEAD_MS);

function batchOf(records: readonly unknown[], firstSeq: number) {
  return {
    batch: records.map((record, i) => ({ seq: firstSeq + i, record, kioskTime: kioskNow() })),
    kioskTime: kioskNow(),
  };
}
async function push(records: readonly unknown[], firstSeq: number, who: Kiosk = kiosk) {
  const res = await postJson(hub.url + API_PATHS.push, batchOf(records, firstSeq), who.headers);
  return {
    status: res.status,
    body: res.status === 200 ? PushResponse.parse(res.body) : null,
    raw: res.body,
  };
}
async function pull(cursor: number, limit: number, who: Kiosk = kiosk) {
  const res = await fetch(`${hub.url}${API_PATHS.pull}?cursor=${cursor}&limit=${limit}`, {
    headers: { ...who.headers, [KIOSK_TIME_HEADER]: kioskNow() },
  });
  return { status: res.status, json: (await res.json()) as unknown };
}
const storedCount = () => rowCounts(hub.db).records ?? -1;

const first: KioskRecord[] = [makeIntake(1), makeIntake(2), makeSuggestion()];

beforeAll(async () => {
  hub = await startTestHub({ enrollFailuresAllowed: 5 });
  const seeded = seedSite(hub);
  siteId = seeded.siteId;
  kiosk = await enroll(hub, seeded.code, hub.clock.ms + KIOSK_AHEAD_MS);
});
afterAll(async () => {
  await hub.close();
});

describe('hub sync protocol', () => {
  it('enrolls a kiosk: a device id, its own credential and the site settings', () => {
    expect(kiosk.deviceId).toMatch(/^dev_/);
    const device = hub.db
      .prepare('SELECT site_id, last_offset_ms FROM devices WHERE id = ?')
      .get(kiosk.deviceId);
    expect(device).toEqual({ site_id: siteId, last_offset_ms: KIOSK_AHEAD_MS });
  });

  it('stores a pushed batch once, with the kiosk clock, the hub clock and the offset', async () => {
    hub.clock.ms += 60_000;
    const res = await push(first, 1);
    expect(res.status).toBe(200);
    expect(res.body?.acks).toEqual(
      first.map((r, i) => ({ id: r.id, seq: i + 1, status: 'stored' })),
    );
    expect(storedCount()).toBe(3);
    const row = findRecord(hub.db, first[0]!.id);
    expect(row).toMatchObject({
      kioskCreatedAt: first[0]!.createdAt,
      receivedAt: hub.clock.ms,
      kioskOffsetMs: KIOSK_AHEAD_MS,
      seq: 1,
    });
    expect(
      hub.db
        .prepare('SELECT high_water_seq, last_seen FROM devices WHERE id = ?')
        .get(kiosk.deviceId),
    ).toEqual({ high_water_seq: 3, last_seen: hub.clock.ms });
  });

  it('acks a re-sent batch as duplicate and stores nothing twice, even across a hub restart', async () => {
    await hub.restart();
    const res = await push(first, 1);
    expect(res.body?.acks.map((a) => a.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(storedCount()).toBe(3);
  });

  it('refuses a batch whose seqs do not strictly increase, storing none of it', async () => {
    const before = snapshot(hub.db);
    const body = batchOf([makeIntake(10), makeIntake(11)], 4);
    body.batch.reverse();
    const res = await postJson(hub.url + API_PATHS.push, body, kiosk.headers);
    expect(res.status).toBe(400);
    expect(SyncErrorBody.parse(res.body).error).toBe('batch_out_of_order');
    expect(snapshot(hub.db)).toBe(before);
  });

  it('rejects an invalid record with a reason while storing the rest of its batch', async () => {
    const valid = [makeIntake(20), makeIntake(21)];
    const invalid = { ...makeIntake(22), prompt: 'lottery' };
    const res = await push([valid[0], invalid, valid[1]], 4);
    expect(res.body?.acks.map((a) => a.status)).toEqual(['stored', 'rejected', 'stored']);
    expect(res.body?.acks[1]?.reason).toMatch(/^prompt: /);
    expect(findRecord(hub.db, invalid.id)).toBeNull();
    expect(storedCount()).toBe(5);
  });

  it('answers gone for a record the hub deleted, and never stores it again', async () => {
    const deleted = first[1]!;
    tombstoneRecord(hub.db, deleted.id, 'test: archived', hub.clock.ms);
    const res = await push([deleted], 7);
    expect(res.body?.acks).toEqual([{ id: deleted.id, seq: 7, status: 'gone' }]);
    expect(findRecord(hub.db, deleted.id)).toBeNull();
  });

  it('refuses an id already stored by another kiosk', async () => {
    const other = await enroll(hub, issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
    const res = await push([first[0]], 1, other);
    expect(res.body?.acks[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/another device/) as string,
    });
    expect(findRecord(hub.db, first[0]!.id)?.deviceId).toBe(kiosk.deviceId);
  });

  it("pulls the site's content page by page and resumes after its cursor", async () => {
    const rota = {
      entries: [
        { weekday: 1, start: '09:00', end: '12:00', service: 'lawyer', who: '志愿律师 张律师' },
      ],
    };
    setRota(hub.db, siteId, rota, hub.clock.ms);
    setTheme(
      hub.db,
      siteId,
      {
        month: '2026-11',
        title: { 'zh-CN': '继承', en: 'Inheritance' },
        date: '2026-11-18',
        place: { 'zh-CN': '厅', en: 'Hall' },
      },
      hub.clock.ms,
    );
    const elsewhere = addSite(
      hub.db,
      { street: 'tianlin', roomName: { 'zh-CN': '田林客厅' }, address: { 'zh-CN': '二楼' } },
      hub.clock.ms,
    );
    setRota(hub.db, elsewhere.siteId, rota, hub.clock.ms);

    const page1 = PullResponse.parse((await pull(0, 2)).json);
    expect(page1.more).toBe(true);
    const page2 = PullResponse.parse((await pull(page1.cursor, 2)).json);
    expect(page2.more).toBe(false);
    const kinds = [...page1.changes, ...page2.changes]
      .map(readChange)
      .map((c) => `${c?.kind}:${c?.key}`);
    expect(kinds).toEqual([`site:${siteId}`, `rota:${siteId}`, 'theme:2026-11']);

    setRota(hub.db, siteId, { entries: [] }, hub.clock.ms);
    const page3 = PullResponse.parse((await pull(page2.cursor, 2)).json);
    expect(page3.changes.map(readChange)).toEqual([
      expect.objectContaining({ kind: 'rota', body: { entries: [] } }),
    ]);
  });

  it('refuses a revoked kiosk on push and pull', async () => {
    const doomed = await enroll(hub, issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
    revokeDevice(hub.db, doomed.deviceId, hub.clock.ms);
    const before = snapshot(hub.db);
    const pushed = await push([makeIntake(30)], 1, doomed);
    expect(pushed.status).toBe(403);
    expect(SyncErrorBody.parse(pushed.raw).error).toBe('device_revoked');
    const pulled = await pull(0, 10, doomed);
    expect(pulled.status).toBe(403);
    expect(SyncErrorBody.parse(pulled.json).error).toBe('device_revoked');
    expect(snapshot(hub.db)).toBe(before);
  });

  it('refuses replayed, expired and unknown enrollment codes, then slows down guessing', async () => {
    const post = (code: string) =>
      postJson(hub.url + API_PATHS.enroll, {
        code,
        credential: newCredential(),
        kioskTime: kioskNow(),
      });
    const used = issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code;
    await enroll(hub, used);
    const expiring = issueCode(hub.db, siteId, 60_000, hub.clock.ms).code;
    hub.clock.ms += 60_000;
    const devicesBefore = rowCounts(hub.db).devices;
    const cases = [
      [used, 409, 'enrollment_code_used'],
      [expiring, 410, 'enrollment_code_expired'],
      ['ZZZZ-ZZZZ', 404, 'enrollment_code_invalid'],
    ] as const;
    for (const [code, status, error] of cases) {
      const res = await post(code);
      expect([res.status, SyncErrorBody.parse(res.body).error]).toEqual([status, error]);
    }
    await post('YYYY-YYYY');
    await post('XXXX-XXXX');
    const limited = await post(issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
    expect([limited.status, SyncErrorBody.parse(limited.body).error]).toEqual([
      429,
      'rate_limited',
    ]);
    expect(rowCounts(hub.db).devices).toBe(devicesBefore);
  });

  it('never logs personal data: one line per request with method, route, status and device id', () => {
    const log = hub.logText();
    expect(log).toContain(kiosk.deviceId);
    expect(log).toContain('"route":"/api/v1/push"');
    const intake = first[0]?.kind === 'intake' ? first[0] : null;
    const personal = [
      intake?.contact?.phone,
      intake?.contact?.surname,
      first[2]?.kind === 'suggestion' ? first[2].text : undefined,
    ];
    expect(personal.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
    for (const secret of [...personal, kiosk.credential, 'cursor='])
      expect(log).not.toContain(secret);
  });

  it('still answers health', async () => {
    const res = await fetch(hub.url + API_PATHS.health);
    expect(HealthResponse.parse(await res.json()).ok).toBe(true);
  });
});
