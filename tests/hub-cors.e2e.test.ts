import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CODE } from '../server/store/codes';
import { API_PATHS, KIOSK_TIME_HEADER } from '../shared/sync/protocol';

/**
 * CORS as a browser meets it, against the real `npm run hub -- serve` process with
 * HUB_CORS_ORIGINS set: the Electron renderer (origin app://kiosk) and the configured extra origin
 * may call /api/v1, preflight included; any other origin gets no CORS headers, so the browser keeps
 * the answer from the page.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KIOSK = 'app://kiosk';
const DESK = 'https://desk.xuhui.example:8443';
const EVIL = 'https://evil.example';
let child: ChildProcess;
let base: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'hub-cors-'));
  child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      'serve',
      '--demo',
      '--port',
      '0',
      '--data',
      dataDir,
    ],
    { env: { ...process.env, HUB_CORS_ORIGINS: DESK }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  base = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before listening`)));
  });
  child.stdout?.resume();
});
afterAll(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch will not let a test set the Origin header as a browser does. */
function request(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + pathname, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const preflight = (origin: string, method = 'POST') =>
  request('OPTIONS', API_PATHS.push, {
    origin,
    'access-control-request-method': method,
    'access-control-request-headers': `authorization, content-type, ${KIOSK_TIME_HEADER}`,
  });

const listed = (header: string | string[] | undefined) =>
  String(header ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase());

describe('CORS for /api/v1', () => {
  it('answers a preflight from app://kiosk with the methods and headers the kiosk sends', async () => {
    const res = await preflight(KIOSK);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(KIOSK);
    expect(listed(res.headers['access-control-allow-methods'])).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(listed(res.headers['access-control-allow-headers'])).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-kiosk-time']),
    );
    expect(listed(res.headers.vary)).toContain('origin');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    // The pull preflight too (GET with X-Kiosk-Time).
    const pull = await request('OPTIONS', `${API_PATHS.pull}?cursor=0`, {
      origin: KIOSK,
      'access-control-request-method': 'GET',
      'access-control-request-headers': `authorization, ${KIOSK_TIME_HEADER}`,
    });
    expect(pull.headers['access-control-allow-origin']).toBe(KIOSK);
  });

  it('lets app://kiosk read real answers, errors included, so it can act on error codes', async () => {
    const health = await request('GET', API_PATHS.health, { origin: KIOSK });
    expect(health.status).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe(KIOSK);

    const enrolled = await request(
      'POST',
      API_PATHS.enroll,
      { origin: KIOSK, 'content-type': 'application/json' },
      JSON.stringify({
        code: DEMO_CODE,
        credential: 'c'.repeat(43),
        kioskTime: new Date().toISOString(),
      }),
    );
    expect(enrolled.status).toBe(200);
    expect(enrolled.headers['access-control-allow-origin']).toBe(KIOSK);

    const refused = await request(
      'POST',
      API_PATHS.push,
      { origin: KIOSK, 'content-type': 'application/json', authorization: 'Bearer dev_x.nope' },
      '{}',
    );
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'unauthenticated' });
    expect(refused.headers['access-control-allow-origin']).toBe(KIOSK);
  });

  it('allows an origin configured in HUB_CORS_ORIGINS', async () => {
    expect((await preflight(DESK)).headers['access-control-allow-origin']).toBe(DESK);
    const health = await request('GET', API_PATHS.health, { origin: DESK });
    expect(health.headers['access-control-allow-origin']).toBe(DESK);
  });

  it('gives any other origin no CORS headers, on preflights and on answers', async () => {
    for (const origin of [
      EVIL,
      'null', // sandboxed iframes and file:// pages
      'app://kiosk.evil.example',
      'app://KIOSK',
      `${DESK}/`,
      'https://desk.xuhui.example', // the configured origin on another port
    ]) {
      const pre = await preflight(origin);
      expect(pre.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(pre.headers['access-control-allow-headers'], origin).toBeUndefined();
      const health = await request('GET', API_PATHS.health, { origin });
      expect(health.status).toBe(200); // the hub answers; the browser withholds it from the page
      expect(health.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('adds nothing outside /api/v1, and the bench-only floor route does not exist', async () => {
    const floor = await request(
      'POST',
      '/bench/floor',
      { origin: KIOSK, 'content-type': 'application/json' },
      '{"batch":[]}',
    );
    expect(floor.status).toBe(404);
    expect(floor.headers['access-control-allow-origin']).toBeUndefined();
  });
});
