import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DEMO_CODE } from '../../server/store/codes';
import { authorizationHeader } from '../../shared/sync/auth';
import { API_PATHS, EnrollResponse, PushResponse } from '../../shared/sync/protocol';
import type { Intake } from '../../shared/records/intake';

/**
 * What the hub benches share: a real hub in its own process, kiosks enrolling and pushing over
 * HTTP, statistics. Not a bench itself (run-all skips `*.lib.ts`).
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');

const dirs: string[] = [];
export function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `hub-bench-${name}-`));
  dirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface RunningHub {
  url: string;
  stop(): Promise<void>;
}

/**
 * Start a hub on a fresh data dir in its own process: the real CLI (`server/cli.ts serve --demo`),
 * or with `floor`, hub-floor-server.lib.ts (the same serve() plus the bench-only floor route).
 * Both log one line per request to stdout, which this process drains, as a service manager would.
 */
export async function startHub(kind: 'cli' | 'floor'): Promise<RunningHub> {
  const dataDir = tempDir(kind);
  const args =
    kind === 'cli'
      ? [path.join(REPO_ROOT, 'server/cli.ts'), 'serve', '--demo', '--port', '0', '--data', dataDir]
      : [path.join(import.meta.dirname, 'hub-floor-server.lib.ts'), dataDir];
  const child: ChildProcess = spawn(process.execPath, [TSX, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
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
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export const kioskTime = (): string => new Date().toISOString();

/**
 * Enroll with the demo code; returns the headers every push of this kiosk sends. It goes through
 * the same keep-alive agent as the pushes, so each kiosk's connection is open before timing starts
 * (a real kiosk keeps its connection between pushes).
 */
export async function enrollKiosk(url: string): Promise<Record<string, string>> {
  const credential = randomBytes(32).toString('base64url');
  const res = await postJson(
    url + API_PATHS.enroll,
    { 'content-type': 'application/json' },
    JSON.stringify({ code: DEMO_CODE, credential, kioskTime: kioskTime() }),
  );
  const body = EnrollResponse.parse(res.json);
  return {
    'content-type': 'application/json',
    authorization: authorizationHeader(body.deviceId, credential),
  };
}

/** A push body, serialised before timing: a kiosk pays for its own JSON.stringify. */
export function pushBody(records: readonly Intake[], firstSeq: number): string {
  const time = kioskTime();
  return JSON.stringify({
    batch: records.map((record, i) => ({ seq: firstSeq + i, record, kioskTime: time })),
    kioskTime: time,
  });
}

/**
 * The simulated kiosks share this machine's two cores with the hub, while real kiosks each bring
 * their own CPU. undici's fetch cost this process more CPU per push than the hub spent answering
 * it (about 0.5 ms against 0.4 ms), so the client is plain node:http with keep-alive sockets: the
 * lighter the simulator, the more the latencies measure the hub.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const json = JSON.parse(Buffer.concat(chunks).toString()) as unknown;
          resolve({ status: response.statusCode ?? 0, json });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Push one pre-serialised batch; returns its latency in ms and fails loudly on anything but all-stored. */
export async function push(
  url: string,
  headers: Record<string, string>,
  body: string,
  expected: number,
): Promise<number> {
  const started = performance.now();
  const res = await postJson(url + API_PATHS.push, headers, body);
  const ms = performance.now() - started;
  const acks = PushResponse.parse(res.json).acks;
  if (acks.length !== expected || acks.some((a) => a.status !== 'stored'))
    throw new Error(`a push was not fully stored (HTTP ${res.status})`);
  return ms;
}

/** Nearest-rank percentile: the smallest value with at least p% of the sample at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function machineFacts(): string {
  const cpus = os.cpus();
  return [
    `cores: ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'})`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}`,
    `load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `os: ${os.type()} ${os.release()}`,
  ].join(' | ');
}
