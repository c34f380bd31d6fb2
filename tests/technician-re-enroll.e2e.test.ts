import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  enroll,
  seedSite,
  seedTianlin,
  snapshot,
  startTestHub,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { openContentDb, type ContentDb } from '../renderer/db/content-db';
import { openRecordsDb, type RecordsDb } from '../renderer/db/records-db';
import { previewRoom } from '../renderer/features/setup/setup-actions';
import { currentRoom, reEnrollKiosk, roomChange } from '../renderer/features/technician/re-enroll';
import type { CredentialAccess } from '../renderer/sync/enroll';
import type { DeviceCredential } from '../shared/ipc';

/**
 * Technician mode's "enroll again" logic (renderer/features/technician/re-enroll.ts and the
 * wizard's preview it reuses) against a real hub on loopback with a real SQLite file; the kiosk's
 * content database on fake-indexeddb. The screens are driven in tests/technician-mode.e2e.test.ts.
 */
let hub: TestHub;
let content: ContentDb;
let records: RecordsDb;
let stored: DeviceCredential | null;
let n = 0;

const DAY_MS = 24 * 3600_000;
const credentials: CredentialAccess = {
  get: () => Promise.resolve({ ok: true, value: stored }),
  set: (c) => {
    stored = c;
    return Promise.resolve({ ok: true, value: null });
  },
};

/** What the kiosk holds that a refused re-enrollment must leave alone. */
async function kioskState() {
  return { credential: stored, content: await content.content.toArray() };
}

let xujiahui: { siteId: string; code: string };

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});
beforeEach(async () => {
  stored = null;
  content = openContentDb(`technician-re-enroll-${++n}`);
  records = openRecordsDb(`technician-re-enroll-records-${n}`);
  // The kiosk as the wizard left it: enrolled for Xujiahui, with that room's rota and a cursor.
  xujiahui = seedSite(hub);
  const first = await reEnrollKiosk(
    { hubUrl: hub.url, code: xujiahui.code },
    { content, records, credentials },
  );
  expect(first.ok).toBe(true);
  const updatedAt = new Date(hub.clock.ms).toISOString();
  await content.content.bulkPut([
    { key: 'hub:rota', value: { entries: [] }, updatedAt },
    { key: 'pull:cursor', value: 7, updatedAt },
  ]);
});
afterEach(async () => {
  await content.delete();
  await records.delete();
});

describe('enroll again from technician mode', () => {
  it('shows the new room first, says it is a different one, and spends nothing', async () => {
    const tianlin = seedTianlin(hub);
    const hubBefore = snapshot(hub.db);
    const kioskBefore = await kioskState();

    const preview = await previewRoom({ hubUrl: hub.url, code: tianlin.code });
    if (!preview.ok) throw new Error(preview.problem);
    expect(preview.site).toMatchObject({
      siteId: tianlin.siteId,
      street: 'tianlin',
      roomName: { 'zh-CN': '田林街道公共法律服务客厅' },
    });
    expect(roomChange(await currentRoom(content), preview.site)).toBe('different');
    // "Not our room": the hub and the kiosk are exactly as before.
    expect(snapshot(hub.db)).toBe(hubBefore);
    expect(await kioskState()).toEqual(kioskBefore);
  });

  it('after "not our room", the same code still enrolls: the kiosk moves and forgets the old room', async () => {
    const tianlin = seedTianlin(hub);
    const oldDevice = stored?.deviceId;
    expect((await previewRoom({ hubUrl: hub.url, code: tianlin.code })).ok).toBe(true);

    const outcome = await reEnrollKiosk(
      { hubUrl: hub.url, code: tianlin.code, deviceLabel: 'moved kiosk' },
      { content, records, credentials },
    );
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome).toMatchObject({ moved: true, site: { siteId: tianlin.siteId } });
    expect(stored?.deviceId).not.toBe(oldDevice);
    expect((await currentRoom(content))?.siteId).toBe(tianlin.siteId);
    expect(await content.content.get('hub:rota')).toBeUndefined();
    expect(await content.content.get('pull:cursor')).toBeUndefined();
    const device = hub.db
      .prepare('SELECT site_id AS siteId FROM devices WHERE id = ?')
      .get(stored?.deviceId) as { siteId: string } | undefined;
    expect(device?.siteId).toBe(tianlin.siteId);
    // Spent now: the preview says so in words a technician can act on.
    expect(await previewRoom({ hubUrl: hub.url, code: tianlin.code })).toEqual({
      ok: false,
      problem: 'code_used',
    });
  });

  it('a code for the same room keeps the room and its content', async () => {
    const again = issueCode(hub.db, xujiahui.siteId, DAY_MS, hub.clock.ms).code;
    const preview = await previewRoom({ hubUrl: hub.url, code: again });
    if (!preview.ok) throw new Error(preview.problem);
    expect(roomChange(await currentRoom(content), preview.site)).toBe('same');
    const outcome = await reEnrollKiosk(
      { hubUrl: hub.url, code: again },
      { content, records, credentials },
    );
    expect(outcome).toMatchObject({ ok: true, moved: false });
    expect(await content.content.get('pull:cursor')).toMatchObject({ value: 7 });
  });

  it('bad, used and expired codes and an unreachable hub are refused in words, changing nothing', async () => {
    // Another kiosk spent this one.
    const used = seedTianlin(hub).code;
    await enroll(hub, used);
    const expiring = issueCode(hub.db, xujiahui.siteId, 60_000, hub.clock.ms).code;
    hub.clock.ms += 2 * 60_000;

    const kioskBefore = await kioskState();
    const cases: [string, string, string][] = [
      [hub.url, 'ZZZZ-ZZZZ', 'code_invalid'],
      [hub.url, used, 'code_used'],
      [hub.url, expiring, 'code_expired'],
      ['http://127.0.0.1:9', xujiahui.code, 'unreachable'],
    ];
    for (const [hubUrl, code, problem] of cases) {
      expect(await previewRoom({ hubUrl, code })).toEqual({ ok: false, problem });
      expect(await reEnrollKiosk({ hubUrl, code }, { content, records, credentials })).toEqual({
        ok: false,
        problem,
      });
    }
    expect(await kioskState()).toEqual(kioskBefore);
  });
});

describe('a hub that has seen too many wrong codes', () => {
  it('says to wait, for the preview and the enroll alike, and changes nothing', async () => {
    const strict = await startTestHub({ enrollFailuresAllowed: 2 });
    try {
      const { code } = seedSite(strict);
      const kioskBefore = await kioskState();
      for (let i = 0; i < 2; i++)
        expect(await previewRoom({ hubUrl: strict.url, code: 'ZZZZ-ZZZZ' })).toMatchObject({
          problem: 'code_invalid',
        });
      expect(await previewRoom({ hubUrl: strict.url, code })).toEqual({
        ok: false,
        problem: 'too_many_tries',
      });
      expect(
        await reEnrollKiosk({ hubUrl: strict.url, code }, { content, records, credentials }),
      ).toEqual({
        ok: false,
        problem: 'too_many_tries',
      });
      expect(await kioskState()).toEqual(kioskBefore);
    } finally {
      await strict.close();
    }
  });
});
