import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openHubDb, HUB_DB_FILE } from '../server/db/open';
import { addSite } from '../server/store/sites';
import { issueCode } from '../server/store/codes';
import { recordsDigest } from './sync/digest';
import { freePort, HubProcess } from './sync/hub-process';
import { NO_FAULTS, startFaultProxy, type FaultProxy, type FaultRates } from './sync/fault-proxy';
import { seededRandom } from '../shared/testing/seeded-random';
import { SimKiosk } from './sync/sim-kiosk';

/**
 * Exactly-once under faults. Twenty simulated kiosks (the kiosk's own sync code on
 * fake-indexeddb) create 4,000 records while syncing through a proxy that drops requests, cuts
 * answers after the hub committed, duplicates and delays requests. The hub is a child process,
 * killed with SIGKILL three times and restarted on the same data directory; kiosks are reloaded
 * in the middle of a push. At the end the hub must hold exactly the records created, none lost
 * and none twice, and each kiosk and the hub must agree on a digest of that kiosk's records.
 *
 * Seeded: SYNC_FAULT_SEED=<n> replays a run's fault decisions (timing still varies).
 */
const SEED = Number(process.env.SYNC_FAULT_SEED ?? 20261129);
const KIOSKS = 20;
const PER_KIOSK = 200;
const KILL_AT_ROUNDS = new Set([40, 100, 160]);
const RELOAD_EVERY = 12;
const FAULTS: FaultRates = { drop: 0.08, cut: 0.08, duplicate: 0.08, delay: 0.15, delayMaxMs: 250 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dataDir: string;
let hub: HubProcess;
let proxy: FaultProxy;
const kiosks: SimKiosk[] = [];

afterAll(async () => {
  for (const k of kiosks) await k.close();
  await proxy?.close();
  await hub?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Reload `kiosk` the moment its next push request is in flight at the proxy. */
function reloadMidPush(kiosk: SimKiosk, deviceId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve(false);
    }, 3_000);
    const off = proxy.onRequest((r) => {
      if (r.deviceId !== deviceId || !r.path.startsWith('/api/v1/push')) return;
      off();
      clearTimeout(timer);
      void kiosk.reload().then(() => resolve(true));
    });
    kiosk.trigger();
  });
}

async function waitUntilDrained(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await Promise.all(kiosks.map(async (k) => (await k.counts()).outbox));
    if (pending.every((n) => n === 0)) return;
    if (Date.now() > deadline)
      throw new Error(`outboxes not drained: ${pending.join(',')}; hub: ${hub.stderr}`);
    for (const k of kiosks) k.trigger();
    await sleep(250);
  }
}

describe('exactly once through a bad network and a crashing hub', () => {
  it('every record created reaches the hub once, and kiosks and hub agree', async () => {
    const random = seededRandom(SEED);
    dataDir = mkdtempSync(path.join(tmpdir(), 'hub-faults-'));

    // The hub's data: one site and a single-use code per kiosk, written before the hub starts.
    const seedDb = openHubDb(dataDir);
    const site = addSite(
      seedDb,
      {
        street: 'xujiahui',
        roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅' },
        address: { 'zh-CN': '一楼' },
      },
      Date.now(),
    );
    const codes = Array.from(
      { length: KIOSKS },
      () => issueCode(seedDb, site.siteId, 3600_000, Date.now()).code,
    );
    seedDb.close();

    hub = new HubProcess(dataDir, await freePort());
    await hub.start();
    proxy = await startFaultProxy({ target: hub.url, seed: SEED });

    const deviceIds: string[] = [];
    for (let i = 0; i < KIOSKS; i++) {
      const kiosk = new SimKiosk(`fault-kiosk-${i}`, {
        timeoutMs: 4_000,
        batchMax: 40,
        loop: {
          intervalMs: 400,
          backoff: { baseMs: 50, capMs: 800, maxFailures: 10 },
          random: seededRandom(SEED + i + 1),
        },
      });
      kiosks.push(kiosk);
      // Enrollment goes through the proxy before the faults start: this suite is about push and
      // pull (a lost enroll answer is retried in tests/hub-enroll.e2e.test.ts).
      await kiosk.enroll({ hubUrl: proxy.url, code: codes[i]! });
      deviceIds.push(await kiosk.deviceId());
      kiosk.startLoop();
    }

    proxy.setRates(FAULTS);
    let midPushReloads = 0;
    let outage: Promise<void> = Promise.resolve();
    for (let round = 0; round < PER_KIOSK; round++) {
      await Promise.all(
        kiosks.map((k) =>
          round % 10 === 9 ? k.createSuggestion(`建议 ${round}：希望周末也开放`) : k.createIntake(),
        ),
      );
      if (KILL_AT_ROUNDS.has(round)) {
        await outage;
        outage = (async () => {
          await hub.kill();
          await sleep(300);
          await hub.start();
        })();
      }
      if (round % RELOAD_EVERY === RELOAD_EVERY - 1) {
        const i = Math.floor(random() * KIOSKS);
        if (await reloadMidPush(kiosks[i]!, deviceIds[i]!)) midPushReloads += 1;
      }
      await sleep(5);
    }
    await outage;
    proxy.setRates(NO_FAULTS);
    await waitUntilDrained(90_000);
    for (const k of kiosks) await k.stopLoop();
    await hub.stop();

    // ---- What the hub holds, read straight from its SQLite file ----
    const db = new Database(path.join(dataDir, HUB_DB_FILE), { readonly: true });
    const rows = db.prepare('SELECT id, device_id, body FROM records').all() as {
      id: string;
      device_id: string;
      body: string;
    }[];
    db.close();

    const created = KIOSKS * PER_KIOSK;
    const duplicatesAcked = kiosks.reduce((n, k) => n + k.tally.duplicate, 0);
    const storedAcked = kiosks.reduce((n, k) => n + k.tally.stored, 0);
    console.info(
      [
        `seed ${SEED}: ${KIOSKS} kiosks, records created ${created}, on the hub ${rows.length}`,
        `acks: stored ${storedAcked}, duplicate ${duplicatesAcked}`,
        `proxy: ${proxy.counts.requests} requests, dropped ${proxy.counts.dropped}, cut after commit ${proxy.counts.cut}, ` +
          `duplicated ${proxy.counts.duplicated}, delayed ${proxy.counts.delayed}, hub unreachable ${proxy.counts.upstreamFailures}`,
        `hub kills ${hub.kills}, kiosk reloads mid-push ${midPushReloads}`,
      ].join('\n'),
    );

    // None lost, none twice.
    expect(rows).toHaveLength(created);
    expect(new Set(rows.map((r) => r.id)).size).toBe(created);
    for (const [i, kiosk] of kiosks.entries()) {
      expect(await kiosk.counts()).toEqual({
        records: PER_KIOSK,
        outbox: 0,
        quarantine: 0,
        gone: 0,
      });
      const mine = rows.filter((r) => r.device_id === deviceIds[i]);
      expect(mine.map((r) => r.id).sort()).toEqual(await kiosk.ids());
      const hubDigest = recordsDigest(
        mine.map((r) => ({ id: r.id, body: JSON.parse(r.body) as unknown })),
      );
      expect([kiosk.name, hubDigest]).toEqual([kiosk.name, await kiosk.digest()]);
    }
    // Each kind of fault actually happened, so the run proves something.
    expect(proxy.counts.dropped).toBeGreaterThan(0);
    expect(proxy.counts.cut).toBeGreaterThan(0);
    expect(proxy.counts.duplicated).toBeGreaterThan(0);
    expect(proxy.counts.delayed).toBeGreaterThan(0);
    expect(hub.kills).toBe(KILL_AT_ROUNDS.size);
    expect(midPushReloads).toBeGreaterThan(0);
    expect(duplicatesAcked).toBeGreaterThan(0);
    // Each outbox entry left on exactly one ack: `stored`, or `duplicate` when the answer to the
    // request that stored it was lost.
    expect(storedAcked + duplicatesAcked).toBe(created);
  }, 240_000);
});
