// Dexie on fake-indexeddb (as the renderer's unit tests), against a real hub process-side.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../renderer/db/records-db';
import { openContentDb, type ContentDb } from '../renderer/db/content-db';
import { putWithOutbox } from '../renderer/db/records';
import { createWebCredentialStore, openDeviceDb } from '../renderer/platform/web-credential-store';
import { readKioskLock, type LockStorage } from '../renderer/features/locked/kiosk-lock';
import { syncOnce } from '../renderer/sync/sync-once';
import { wipeKiosk } from '../renderer/sync/remote-wipe';
import { enroll, seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';
import { markDeviceLost } from '../server/store/device-wipe';
import { deviceState, listDevices } from '../server/store/devices';
import { findRecord } from '../server/store/records';
import { makeIntake } from '../shared/sync/fixtures';

/**
 * The kiosk's half of remote wipe, on fake-indexeddb against a real hub over loopback HTTP with a
 * real SQLite file: at its next sync a kiosk marked lost erases every table that holds residents'
 * or cases' data, confirms, and is locked; the hub lists it wiped.
 */
let hub: TestHub;
let n = 0;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

function memoryStorage(): LockStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

async function lostKiosk(sendFirst: boolean) {
  const id = ++n;
  const kiosk = await enroll(hub, seedSite(hub).code);
  const credentials = createWebCredentialStore(openDeviceDb(`wipe-device-${id}`));
  await credentials.set({ hubUrl: hub.url, deviceId: kiosk.deviceId, secret: kiosk.credential });
  const records = openRecordsDb(`wipe-records-${id}`);
  const content = openContentDb(`wipe-content-${id}`);
  const intake = makeIntake(1);
  await putWithOutbox(records, intake, intake.ticket.day, new Date(intake.createdAt));
  // A case as the hub sent it, with the resident's phone: erased too.
  await content.content.put({
    key: 'hub:case:0190a000-0000-7000-8000-000000000001',
    value: { phone: '13812345678' },
    updatedAt: intake.createdAt,
  });
  markDeviceLost(hub.db, kiosk.deviceId, { sendFirst, by: { kind: 'cli' }, now: hub.clock.ms });
  const storage = memoryStorage();
  const sync = () =>
    syncOnce({
      records,
      content,
      credentials,
      fetch: (input, init) => fetch(input, init),
      onDeviceLost: async (client) => {
        await wipeKiosk({ databases: [records, content], confirm: () => client.wiped(), storage });
      },
    });
  return { kiosk, records, content, intake, storage, sync };
}

async function rowsLeft(...dbs: (RecordsDb | ContentDb)[]): Promise<number> {
  let count = 0;
  for (const db of dbs) for (const table of db.tables) count += await table.count();
  return count;
}

describe('remote wipe on the kiosk', () => {
  it('erases every record, outbox entry and case, confirms, locks; the unsent intake is given up', async () => {
    const k = await lostKiosk(false);
    expect(await rowsLeft(k.records, k.content)).toBeGreaterThan(0);
    const outcome = await k.sync();
    expect(outcome).toEqual({ ok: false, code: 'device_lost' });
    expect(await rowsLeft(k.records, k.content)).toBe(0);
    expect(readKioskLock(k.storage)).toBe('wiped');
    expect(findRecord(hub.db, k.intake.id)).toBeNull();
    const device = listDevices(hub.db).find((d) => d.id === k.kiosk.deviceId)!;
    expect(deviceState(device)).toBe('wiped');
  });

  it('with send first, the hub has the pending intake before the kiosk erases it', async () => {
    const k = await lostKiosk(true);
    await k.sync();
    expect(findRecord(hub.db, k.intake.id)).not.toBeNull();
    expect(await rowsLeft(k.records, k.content)).toBe(0);
    expect(readKioskLock(k.storage)).toBe('wiped');
  });

  it('erases even when the confirmation cannot reach the hub, and stays at wiping to retry', async () => {
    const k = await lostKiosk(false);
    const storage = memoryStorage();
    const outcome = await wipeKiosk({
      databases: [k.records, k.content],
      confirm: () => Promise.reject(new TypeError('Failed to fetch')),
      storage,
    });
    expect(outcome).toBe('unconfirmed');
    expect(await rowsLeft(k.records, k.content)).toBe(0);
    expect(readKioskLock(storage)).toBe('wiping');
  });
});
