import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubClient } from './hub-client';
import { SyncFailure } from './sync-failure';

/**
 * What the client does with answers that are not the hub's: silence, garbage, a cut body. The hub
 * itself is exercised for real in tests/sync-hub.e2e.test.ts; this server stands in for the
 * broken network between them, which is not ours.
 */
let server: http.Server;
let base: string;
const seen: { url: string; auth: string | undefined; kioskTime: string | undefined }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({
      url: req.url ?? '',
      auth: req.headers.authorization,
      kioskTime: req.headers['x-kiosk-time'] as string | undefined,
    });
    if (req.url?.startsWith('/silent')) return; // never answers
    if (req.url?.startsWith('/garbage/api/v1/health')) return void res.end('<html>portal</html>');
    if (req.url?.startsWith('/wrong/api/v1/health'))
      return void res.end(JSON.stringify({ ok: true, hubTime: 'yesterday', version: '1' }));
    if (req.url?.startsWith('/cut')) {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"ok":');
      return void setTimeout(() => res.destroy(), 20);
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ changes: [], cursor: 0, more: false, hubTime: '2026-11-29T02:00:00.000Z' }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetchFn = (input: string, init: RequestInit) => fetch(input, init);
const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof SyncFailure ? e.code : 'other';
  }
};

describe('hub client', () => {
  it('gives up after the timeout with `timeout`', async () => {
    const client = createHubClient({ baseUrl: `${base}/silent`, fetch: fetchFn, timeoutMs: 100 });
    expect(await codeOf(client.health())).toBe('timeout');
  });

  it('calls an answer that is not the protocol `bad_response`', async () => {
    for (const prefix of ['garbage', 'wrong']) {
      const client = createHubClient({ baseUrl: `${base}/${prefix}`, fetch: fetchFn });
      expect(await codeOf(client.health())).toBe('bad_response');
    }
  });

  it('treats a body cut off mid-way as a network failure', async () => {
    const client = createHubClient({ baseUrl: `${base}/cut`, fetch: fetchFn });
    expect(await codeOf(client.health())).toBe('network');
  });

  it('reports no route at all as `network`', async () => {
    const client = createHubClient({ baseUrl: 'http://127.0.0.1:9', fetch: fetchFn });
    expect(await codeOf(client.health())).toBe('network');
  });

  it('refuses to call an authed endpoint without a credential', async () => {
    const client = createHubClient({ baseUrl: base, fetch: fetchFn });
    expect(await codeOf(client.pull(0, 10))).toBe('not_enrolled');
  });

  it('sends the bearer credential and the kiosk clock, and measures the offset', async () => {
    const offsets: number[] = [];
    const kioskMs = Date.parse('2026-11-29T02:07:00.000Z');
    const client = createHubClient({
      baseUrl: base,
      fetch: fetchFn,
      credential: { deviceId: 'dev_abcdefghijklmnop', secret: 's'.repeat(43) },
      now: () => kioskMs,
      onClockOffset: (ms) => offsets.push(ms),
    });
    await client.pull(7, 50);
    const last = seen.at(-1);
    expect(last?.url).toBe('/api/v1/pull?cursor=7&limit=50');
    expect(last?.auth).toBe(`Bearer dev_abcdefghijklmnop.${'s'.repeat(43)}`);
    expect(Date.parse(last?.kioskTime ?? '')).toBe(kioskMs);
    expect(offsets).toEqual([7 * 60_000]);
  });

  it('an abandoned request fails at once as `network`', async () => {
    const controller = new AbortController();
    const client = createHubClient({
      baseUrl: `${base}/silent`,
      fetch: fetchFn,
      signal: controller.signal,
    });
    const pending = codeOf(client.health());
    controller.abort();
    expect(await pending).toBe('network');
  });
});
