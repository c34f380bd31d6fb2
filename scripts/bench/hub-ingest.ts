import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHubDb, type Db } from '../../server/db/open';
import { seedDemo } from '../../server/demo';
import { DEMO_CODE } from '../../server/store/codes';
import { enrollDevice } from '../../server/store/devices';
import { applyPush } from '../../server/store/records';
import { authorizationHeader } from '../../shared/sync/auth';
import { makeIntake } from '../../shared/sync/fixtures';
import { API_PATHS, EnrollResponse, PushResponse } from '../../shared/sync/protocol';
import type { Intake } from '../../shared/records/intake';

/**
 * Hub ingest benchmark (`npx tsx scripts/bench/hub-ingest.ts`).
 *
 * (a) 10,000 intakes through the protocol: 20 pushes of 500 over HTTP to a real hub in its own
 *     process (`server/cli.ts serve`, WAL, synchronous=FULL, request log on), against the floor:
 *     the same 10,000 rows inserted by one prepared INSERT in ONE transaction straight into an
 *     identical database file (same schema and pragmas; no HTTP, no validation). A middle figure,
 *     the store alone (applyPush with all 10,000 items in one transaction: zod validation,
 *     tombstone and owner checks, no HTTP), shows where the time goes.
 *     Request bodies are serialised before timing: a kiosk pays for its own JSON.stringify.
 * (b) 100 kiosks at once, each pushing 20 batches of 5 intakes one after another, against one
 *     kiosk pushing the same-sized batches alone (the same-run baseline).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KIOSK_TIME = () => new Date().toISOString();
const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `hub-bench-${name}-`));
  dirs.push(dir);
  return dir;
};

async function startHub(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      'serve',
      '--demo',
      '--port',
      '0',
      '--data',
      tempDir('hub'),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before listening`)));
  });
  child.stdout?.resume(); // keep draining the request log
  return { url, child };
}

async function enrollKiosk(url: string): Promise<Record<string, string>> {
  const res = await fetch(url + API_PATHS.enroll, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: DEMO_CODE, kioskTime: KIOSK_TIME() }),
  });
  const body = EnrollResponse.parse(await res.json());
  return {
    'content-type': 'application/json',
    authorization: authorizationHeader(body.deviceId, body.credential),
  };
}

function pushBody(records: Intake[], firstSeq: number): string {
  const kioskTime = KIOSK_TIME();
  return JSON.stringify({
    batch: records.map((record, i) => ({ seq: firstSeq + i, record, kioskTime })),
    kioskTime,
  });
}

/** Push one pre-serialised batch; returns its latency in ms and fails loudly on anything but all-stored. */
async function push(
  url: string,
  headers: Record<string, string>,
  body: string,
  expected: number,
): Promise<number> {
  const started = performance.now();
  const res = await fetch(url + API_PATHS.push, { method: 'POST', headers, body });
  const acks = PushResponse.parse(await res.json()).acks;
  const ms = performance.now() - started;
  if (acks.length !== expected || acks.some((a) => a.status !== 'stored'))
    throw new Error('a push was not fully stored');
  return ms;
}

function freshDb(): { db: Db; deviceId: string } {
  const db = openHubDb(tempDir('floor'));
  seedDemo(db, Date.now());
  return { db, deviceId: enrollDevice(db, DEMO_CODE, null, Date.now(), 0).deviceId };
}

function floorInsert(records: Intake[]): number {
  const { db, deviceId } = freshDb();
  const insert = db.prepare('INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const rows = records.map(
    (r, i) =>
      [
        r.id,
        deviceId,
        'xujiahui',
        i + 1,
        r.kind,
        JSON.stringify(r),
        r.createdAt,
        r.createdAt,
        Date.now(),
        0,
      ] as const,
  );
  const started = performance.now();
  db.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

function storeOnly(records: Intake[]): number {
  const { db, deviceId } = freshDb();
  const kioskTime = KIOSK_TIME();
  const batch = records.map((record, i) => ({
    seq: i + 1,
    record: JSON.parse(JSON.stringify(record)) as unknown,
    kioskTime,
  }));
  const started = performance.now();
  const acks = applyPush(db, batch, {
    device: { id: deviceId, siteId: 'xujiahui' },
    now: Date.now(),
    offsetMs: 0,
  });
  const ms = performance.now() - started;
  if (acks.some((a) => a.status !== 'stored'))
    throw new Error('store-only run did not store everything');
  db.close();
  return ms;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const { url, child } = await startHub();
  try {
    // ---- (a) 10,000 intakes: protocol vs floor ----
    const N = 10_000;
    const BATCH = 500;
    const records = Array.from({ length: N }, (_, i) => makeIntake(i));
    const headers = await enrollKiosk(url);
    const bodies = Array.from({ length: N / BATCH }, (_, b) =>
      pushBody(records.slice(b * BATCH, (b + 1) * BATCH), b * BATCH + 1),
    );
    await fetch(url + API_PATHS.health); // warm the connection
    const started = performance.now();
    for (const body of bodies) await push(url, headers, body, BATCH);
    const protocolMs = performance.now() - started;
    const floorMs = floorInsert(records);
    const storeMs = storeOnly(records);

    console.log(`(a) ${fmt(N)} intakes, one kiosk`);
    console.log(
      `    floor: one INSERT transaction, no HTTP/validation  ${fmt(floorMs, 1).padStart(8)} ms  ${fmt(N / (floorMs / 1000)).padStart(9)} records/s`,
    );
    console.log(
      `    store: applyPush, one transaction, no HTTP         ${fmt(storeMs, 1).padStart(8)} ms  ${fmt(N / (storeMs / 1000)).padStart(9)} records/s  (${fmt(storeMs / floorMs, 1)}x floor)`,
    );
    console.log(
      `    protocol: ${N / BATCH} HTTP pushes of ${BATCH}                   ${fmt(protocolMs, 1).padStart(8)} ms  ${fmt(N / (protocolMs / 1000)).padStart(9)} records/s  (${fmt(protocolMs / floorMs, 1)}x floor)`,
    );

    // ---- (b) 100 concurrent kiosks with small batches vs one kiosk alone ----
    const KIOSKS = 100;
    const PUSHES = 20;
    const SMALL = 5;
    const run = async (kiosks: number, pushes: number) => {
      const all = await Promise.all(Array.from({ length: kiosks }, () => enrollKiosk(url)));
      const plans = all.map((h) => ({
        h,
        bodies: Array.from({ length: pushes }, (_, p) =>
          pushBody(
            Array.from({ length: SMALL }, (_, i) => makeIntake(p * SMALL + i)),
            p * SMALL + 1,
          ),
        ),
      }));
      const latencies: number[] = [];
      const t0 = performance.now();
      await Promise.all(
        plans.map(async ({ h, bodies }) => {
          for (const body of bodies) latencies.push(await push(url, h, body, SMALL));
        }),
      );
      const wall = performance.now() - t0;
      latencies.sort((x, y) => x - y);
      return {
        records: kiosks * pushes * SMALL,
        perSecond: (kiosks * pushes * SMALL) / (wall / 1000),
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        wall,
      };
    };
    const alone = await run(1, 200);
    const crowd = await run(KIOSKS, PUSHES);
    console.log(`(b) batches of ${SMALL} intakes`);
    console.log(
      `    1 kiosk alone:   ${fmt(alone.records)} records in ${fmt(alone.wall)} ms  ${fmt(alone.perSecond).padStart(7)} records/s  p50 ${fmt(alone.p50, 1)} ms  p99 ${fmt(alone.p99, 1)} ms`,
    );
    console.log(
      `    ${KIOSKS} kiosks at once: ${fmt(crowd.records)} records in ${fmt(crowd.wall)} ms  ${fmt(crowd.perSecond).padStart(7)} records/s  p50 ${fmt(crowd.p50, 1)} ms  p99 ${fmt(crowd.p99, 1)} ms`,
    );
    console.log(
      `    throughput ${fmt(crowd.perSecond / alone.perSecond, 1)}x one kiosk; p50 latency ${fmt(crowd.p50 / alone.p50, 1)}x, p99 ${fmt(crowd.p99 / alone.p99, 1)}x`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
