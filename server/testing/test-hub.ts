import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type HubOptions } from '../app';
import { openHubDb, type Db } from '../db/open';
import { addSite } from '../store/sites';
import { issueCode } from '../store/codes';
import { newCredential } from '../store/devices';
import { authorizationHeader } from '../../shared/sync/auth';
import { API_PATHS, EnrollResponse, PushResponse, type PushAck } from '../../shared/sync/protocol';

/**
 * A real hub for tests: a SQLite file in a fresh temp dir, real HTTP on 127.0.0.1 with an
 * ephemeral port, a clock the test can move, and the request log captured as text.
 */
export interface TestHub {
  url: string;
  db: Db;
  app: FastifyInstance;
  dataDir: string;
  /** The hub's clock; set `clock.ms` to move time. */
  clock: { ms: number };
  /** Everything the hub logged, as text. */
  logText(): string;
  /** Stop the server and close the database, then start again on the same file (a new port). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestHub(
  options: Partial<Omit<HubOptions, 'db' | 'now' | 'log'>> = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-test-'));
  const clock = { ms: Date.UTC(2026, 10, 29, 2, 0, 0) };
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const start = async () => {
    const db = openHubDb(dataDir);
    const app = buildApp({ ...options, db, now: () => clock.ms, log: { stream, level: 'info' } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return { db, app, url: `http://127.0.0.1:${address.port}` };
  };
  const stop = async (running: { db: Db; app: FastifyInstance }) => {
    await running.app.close();
    running.db.close();
  };
  let running = await start();
  const hub: TestHub = {
    get url() {
      return running.url;
    },
    get db() {
      return running.db;
    },
    get app() {
      return running.app;
    },
    dataDir,
    clock,
    logText: () => chunks.join(''),
    restart: async () => {
      await stop(running);
      running = await start();
    },
    close: async () => {
      await stop(running);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return hub;
}

/** A Xujiahui site and a fresh single-use code for it. */
export function seedSite(hub: TestHub): { siteId: string; code: string } {
  const site = addSite(
    hub.db,
    {
      street: 'xujiahui',
      roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅' },
      address: { 'zh-CN': '社区生活盒子 一楼' },
    },
    hub.clock.ms,
  );
  const { code } = issueCode(hub.db, site.siteId, 24 * 3600_000, hub.clock.ms);
  return { siteId: site.siteId, code };
}

/** A room in Tianlin (never the demo's Xujiahui, so its name cannot be the demo's) and a code. */
export function seedTianlin(hub: TestHub): { siteId: string; code: string } {
  const site = addSite(
    hub.db,
    {
      street: 'tianlin',
      roomName: { 'zh-CN': '田林街道公共法律服务客厅', en: 'Tianlin living room' },
      address: { 'zh-CN': '田林路 1 号', en: '1 Tianlin Road' },
    },
    hub.clock.ms,
  );
  const { code } = issueCode(hub.db, site.siteId, 24 * 3600_000, hub.clock.ms);
  return { siteId: site.siteId, code };
}

export function kioskTime(ms: number): string {
  return new Date(ms).toISOString();
}

export interface Kiosk {
  deviceId: string;
  credential: string;
  headers: Record<string, string>;
}

/** Enroll as a kiosk does: with a credential of its own (pass one to re-send an enrollment). */
export async function enroll(
  hub: TestHub,
  code: string,
  kioskMs = hub.clock.ms,
  credential = newCredential(),
): Promise<Kiosk> {
  const res = await fetch(hub.url + API_PATHS.enroll, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      credential,
      deviceLabel: 'test kiosk',
      kioskTime: kioskTime(kioskMs),
    }),
  });
  if (res.status !== 200) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
  const body = EnrollResponse.parse(await res.json());
  return {
    deviceId: body.deviceId,
    credential,
    headers: {
      authorization: authorizationHeader(body.deviceId, credential),
      'content-type': 'application/json',
    },
  };
}

/** Every hub table. */
const HUB_TABLES = [
  'sites',
  'enrollment_codes',
  'devices',
  'records',
  'tombstones',
  'changes',
  'schema_version',
  'case_events',
  'cases',
  'case_teams',
  'teams',
  'volunteers',
  'stats_monthly',
  'stats_case_parts',
  'stats_archive',
  'stats_state',
] as const;

/** The key to order each WITHOUT ROWID table by. */
const WITHOUT_ROWID: Partial<Record<(typeof HUB_TABLES)[number], string>> = {
  case_teams: 'case_id, team',
  stats_monthly: 'scope, month, measure, d1, d2',
  stats_case_parts: 'case_id',
  stats_archive: 'site_id, month, measure, d1, d2',
};

/** Row counts of every hub table, to prove a refused request changed nothing. */
export function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    HUB_TABLES.map((t) => [
      t,
      (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
}

/** Every row of every hub table, to prove a refused request changed nothing at all. */
export function snapshot(db: Db): string {
  return JSON.stringify(
    HUB_TABLES.map((t) =>
      // WITHOUT ROWID tables: order them by their key.
      db.prepare(`SELECT * FROM ${t} ORDER BY ${WITHOUT_ROWID[t] ?? 'rowid'}`).all(),
    ),
  );
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/**
 * Push records as a kiosk does over HTTP, each kiosk with its own increasing seqs (kept by the
 * returned function), stamped with the hub's clock; the acks, or an error if the push is refused.
 */
export function kioskPusher(hub: TestHub) {
  const seqs = new Map<Kiosk, number>();
  return async (kiosk: Kiosk, records: readonly unknown[]): Promise<PushAck[]> => {
    const first = (seqs.get(kiosk) ?? 0) + 1;
    seqs.set(kiosk, first + records.length - 1);
    const time = kioskTime(hub.clock.ms);
    const res = await postJson(
      hub.url + API_PATHS.push,
      {
        batch: records.map((record, i) => ({ seq: first + i, record, kioskTime: time })),
        kioskTime: time,
      },
      kiosk.headers,
    );
    if (res.status !== 200) throw new Error(`push refused: HTTP ${res.status}`);
    return PushResponse.parse(res.body).acks;
  };
}
