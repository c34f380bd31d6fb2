import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskTime,
  postJson,
  seedSite,
  snapshot,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { makeIntake } from '../shared/sync/fixtures';
import type { Intake } from '../shared/records/intake';
import { SyncErrorBody, syncErrorAction } from '../shared/sync/errors';
import { API_PATHS, PushResponse, type PushAck } from '../shared/sync/protocol';

/**
 * Group commit over real HTTP and a real SQLite file: pushes from many kiosks that arrive together
 * share one transaction, yet each is stored exactly once, answered on its own, and isolated from
 * the others' failures. The hub's push queue is held while a test's pushes arrive, so the group
 * they form is chosen by the test, not by timing.
 */
let hub: TestHub;
let siteId: string;
let nextRecord = 0;

beforeAll(async () => {
  hub = await startTestHub();
  siteId = seedSite(hub).siteId;
});
afterAll(async () => {
  await hub.close();
});

async function newKiosk(): Promise<Kiosk> {
  return enroll(hub, issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
}
const intakes = (count: number): Intake[] =>
  Array.from({ length: count }, () => makeIntake(nextRecord++));

function bodyOf(records: readonly unknown[], firstSeq: number) {
  const time = kioskTime(hub.clock.ms);
  return {
    batch: records.map((record, i) => ({ seq: firstSeq + i, record, kioskTime: time })),
    kioskTime: time,
  };
}
function push(kiosk: Kiosk, body: unknown) {
  return postJson(hub.url + API_PATHS.push, body, kiosk.headers);
}
const statuses = (res: { body: unknown }) =>
  PushResponse.parse(res.body).acks.map((a: PushAck) => a.status);

/** Wait (not a timing assertion) until `count` pushes are queued behind the hold. */
async function queued(count: number): Promise<void> {
  for (let waited = 0; hub.app.pushGroups.pending < count; waited += 5) {
    if (waited > 10_000) throw new Error(`only ${hub.app.pushGroups.pending} pushes queued`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const storedFor = (deviceId: string) =>
  (
    hub.db.prepare('SELECT COUNT(*) AS n FROM records WHERE device_id = ?').get(deviceId) as {
      n: number;
    }
  ).n;
const highWater = (deviceId: string) =>
  (
    hub.db.prepare('SELECT high_water_seq AS n FROM devices WHERE id = ?').get(deviceId) as {
      n: number;
    }
  ).n;
const isStored = (id: string) =>
  hub.db.prepare('SELECT 1 FROM records WHERE id = ?').get(id) !== undefined;

describe('group commit', () => {
  it('stores concurrent pushes from different kiosks exactly once, in one group', async () => {
    const kiosks = await Promise.all(Array.from({ length: 12 }, () => newKiosk()));
    const bodies = kiosks.map(() => bodyOf(intakes(5), 1));
    const groupsBefore = hub.app.pushGroups.groupsCommitted;
    const release = hub.app.pushGroups.hold();
    const answers = kiosks.map((k, i) => push(k, bodies[i]));
    // The first kiosk's answer was lost, so it sends the same batch again: same group.
    const resent = push(kiosks[0]!, bodies[0]);
    await queued(13);
    release();
    const [results, again] = await Promise.all([Promise.all(answers), resent]);

    expect(hub.app.pushGroups.groupsCommitted - groupsBefore).toBe(1);
    for (const res of results.slice(1)) expect(statuses(res)).toEqual(Array(5).fill('stored'));
    // Whichever copy queued first is stored; the other is a duplicate, each answered on its own.
    expect([statuses(results[0]!), statuses(again)].sort()).toEqual([
      Array(5).fill('duplicate'),
      Array(5).fill('stored'),
    ]);
    for (const k of kiosks) {
      expect(storedFor(k.deviceId)).toBe(5);
      expect(highWater(k.deviceId)).toBe(5);
    }
  });

  it('keeps a push refused whole, or failing inside the group, from touching the others', async () => {
    const [a, outOfOrder, c, failing] = await Promise.all([
      newKiosk(),
      newKiosk(),
      newKiosk(),
      newKiosk(),
    ]);
    const badOrder = bodyOf(intakes(3), 1);
    badOrder.batch.reverse();
    const failingRecords = intakes(3);
    // A database failure on the failing kiosk's second record, after its first was written.
    hub.db.exec(`CREATE TRIGGER fail_one_push BEFORE INSERT ON records
      WHEN NEW.id = '${failingRecords[1]!.id}' BEGIN SELECT RAISE(FAIL, 'disk error'); END`);
    const aBody = bodyOf(intakes(3), 1);
    const cBody = bodyOf(intakes(3), 1);

    const groupsBefore = hub.app.pushGroups.groupsCommitted;
    const release = hub.app.pushGroups.hold();
    const answers = [
      push(a, aBody),
      push(outOfOrder, badOrder),
      push(c, cBody),
      push(failing, bodyOf(failingRecords, 1)),
    ];
    await queued(3); // the out-of-order push is refused before it can queue
    release();
    const [resA, resOrder, resC, resFailing] = await Promise.all(answers);

    expect(hub.app.pushGroups.groupsCommitted - groupsBefore).toBe(1);
    expect(statuses(resA!)).toEqual(['stored', 'stored', 'stored']);
    expect(statuses(resC!)).toEqual(['stored', 'stored', 'stored']);
    expect(resOrder!.status).toBe(400);
    expect(SyncErrorBody.parse(resOrder!.body).error).toBe('batch_out_of_order');
    expect(resFailing!.status).toBe(500);
    expect(SyncErrorBody.parse(resFailing!.body).error).toBe('internal');
    // The failing push's savepoint was rolled back: not even its first record is stored.
    expect(failingRecords.some((r) => isStored(r.id))).toBe(false);
    expect(storedFor(failing.deviceId)).toBe(0);
    expect(highWater(failing.deviceId)).toBe(0);
    expect(storedFor(outOfOrder.deviceId)).toBe(0);

    hub.db.exec('DROP TRIGGER fail_one_push');
    const retry = await push(failing, bodyOf(failingRecords, 1));
    expect(statuses(retry)).toEqual(['stored', 'stored', 'stored']);
    expect(storedFor(failing.deviceId)).toBe(3);
  });

  it('stores nothing of a group that crashes; every push hears retry, and re-sends store once', async () => {
    const kiosks = await Promise.all([newKiosk(), newKiosk(), newKiosk()]);
    const bodies = kiosks.map(() => bodyOf(intakes(4), 1));
    const crashId = (bodies[1]!.batch[2]!.record as Intake).id;
    // SQLite abandons the whole transaction midway through the group, as a crash would.
    hub.db.exec(`CREATE TRIGGER crash_group BEFORE INSERT ON records
      WHEN NEW.id = '${crashId}' BEGIN SELECT RAISE(ROLLBACK, 'simulated crash'); END`);
    const before = snapshot(hub.db);

    const release = hub.app.pushGroups.hold();
    const answers = kiosks.map((k, i) => push(k, bodies[i]));
    await queued(3);
    release();
    const results = await Promise.all(answers);

    for (const res of results) {
      expect(res.status).toBe(500);
      const error = SyncErrorBody.parse(res.body).error;
      expect(error).toBe('internal');
      expect(syncErrorAction(error)).toBe('retry');
    }
    // Nothing of the group: no record, no high-water mark, not even last_seen.
    expect(snapshot(hub.db)).toBe(before);

    hub.db.exec('DROP TRIGGER crash_group');
    const resent = await Promise.all(kiosks.map((k, i) => push(k, bodies[i])));
    // `stored`, not `duplicate`: the crashed group really left nothing behind.
    for (const res of resent) expect(statuses(res)).toEqual(Array(4).fill('stored'));
    for (const k of kiosks) expect(storedFor(k.deviceId)).toBe(4);
  });

  it('stores every record once when 40 kiosks push and re-send at will, without a hold', async () => {
    const kiosks = await Promise.all(Array.from({ length: 40 }, () => newKiosk()));
    const results = await Promise.all(
      kiosks.map(async (k) => {
        const seen: string[] = [];
        for (let p = 0; p < 3; p++) {
          const body = bodyOf(intakes(5), p * 5 + 1);
          seen.push(...statuses(await push(k, body)));
          // A retry of the same batch, as after a lost answer: acked duplicate, never stored twice.
          if (p === 1) seen.push(...statuses(await push(k, body)));
        }
        return seen;
      }),
    );
    for (const seen of results) {
      expect(seen.filter((s) => s === 'stored')).toHaveLength(15);
      expect(seen.filter((s) => s === 'duplicate')).toHaveLength(5);
    }
    for (const k of kiosks) {
      expect(storedFor(k.deviceId)).toBe(15);
      expect(highWater(k.deviceId)).toBe(15);
    }
  });
});
