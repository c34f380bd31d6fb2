import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './static-server';

const base = mkdtempSync(path.join(tmpdir(), 'static-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
writeFileSync(path.join(root, 'assets', 'index-3f2a.js'), 'console.log(1)');
writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("install", () => {})');
writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');

const received: { method?: string; url?: string; body: string }[] = [];
const hub = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    received.push({ method: req.method, url: req.url, body });
    res
      .writeHead(201, { 'Content-Type': 'application/json', 'X-Hub': 'yes' })
      .end('{"accepted":1}');
  });
});
let server: http.Server;
let origin = '';

const listen = (s: http.Server) =>
  new Promise<number>((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
  );
const close = (s: http.Server) => new Promise<void>((resolve) => s.close(() => resolve()));

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise "..") */
function rawGet(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: new URL(origin).port, path: pathname }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  const hubPort = await listen(hub);
  server = createStaticServer({
    root,
    hubOrigin: `http://127.0.0.1:${hubPort}`,
    bootConfig: { hubUrl: '', enrollmentCode: 'DEMO-2026', demo: true },
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
});

afterAll(async () => {
  await close(server);
  await close(hub);
});

describe('static server', () => {
  it('serves index.html at / with the CSP', async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await res.text()).toContain('<title>kiosk</title>');
  });

  it('serves files with their MIME type; hashed assets are cached for good, the rest revalidated', async () => {
    const js = await fetch(`${origin}/assets/index-3f2a.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
  ])('refuses the traversal %s', async (pathname) => {
    const res = await rawGet(pathname);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('TOP SECRET');
  });

  it('falls back to index.html for a screen path, 404 for a missing asset', async () => {
    expect(await (await fetch(`${origin}/intake/contact`)).text()).toContain(
      '<title>kiosk</title>',
    );
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it('serves the demo boot config', async () => {
    expect(await (await fetch(`${origin}/kiosk-config.json`)).json()).toEqual({
      hubUrl: '',
      enrollmentCode: 'DEMO-2026',
      demo: true,
    });
  });

  it('proxies /api/* to the hub with method, path, body and the answer intact', async () => {
    const res = await fetch(`${origin}/api/v1/sync/push?x=1`, {
      method: 'POST',
      body: '{"records":[]}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-hub')).toBe('yes');
    expect(await res.json()).toEqual({ accepted: 1 });
    expect(received.at(-1)).toEqual({
      method: 'POST',
      url: '/api/v1/sync/push?x=1',
      body: '{"records":[]}',
    });
  });

  it('answers 502 when the hub is down', async () => {
    const gone = http.createServer();
    const gonePort = await listen(gone);
    await close(gone);
    const down = createStaticServer({
      root,
      hubOrigin: `http://127.0.0.1:${gonePort}`,
      bootConfig: { hubUrl: '', demo: true },
    });
    const port = await listen(down);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(res.status).toBe(502);
    await close(down);
  });
});
