import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateReleaseKeyPair, type ReleaseKeyPair } from '../scripts/release/release-key';
import { makeTestRelease, type TestRelease } from '../scripts/release/test-release';
import type { DeviceCredential } from '../shared/ipc';
import { KIOSK_DB_SCHEMA, type SignedRendererRelease } from '../shared/release/manifest';
import { authorizationHeader } from '../shared/sync/auth';
import { createRendererUpdater, type RendererUpdaterOptions } from './renderer-update';
import { createAppProtocolHandler } from './protocol';

// protocol.ts imports electron; only its pure handler is used here.
vi.mock('electron', () => import('../tests/setup/electron-mock'));

/**
 * The updater against a real HTTP server on loopback playing the hub (node:http, so a test can
 * make it misbehave: wrong bytes, a short file, a dropped connection) and a real temp userData.
 */
type Fault = 'wrong_bytes' | 'short_body' | 'drop_connection' | 'long_body';

interface FakeHub {
  url: string;
  offer(release: TestRelease | null, signed?: SignedRendererRelease): void;
  fault: Map<string, Fault>;
  fileRequests: string[];
}

const credential: DeviceCredential = {
  hubUrl: 'http://127.0.0.1:1',
  deviceId: 'dev_01',
  secret: 'k'.repeat(43),
};
let server: Server;
let hub: FakeHub;

beforeAll(async () => {
  let offered: { signed: SignedRendererRelease; files: Map<string, Buffer> } | null = null;
  const fault = new Map<string, Fault>();
  const fileRequests: string[] = [];
  server = createServer((req, res) => {
    if (req.headers.authorization !== authorizationHeader(credential.deviceId, credential.secret)) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end('{"error":"unauthenticated","message":"no"}');
    }
    if (req.url === '/api/v1/releases/renderer/latest') {
      if (!offered) {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end('{"error":"not_found","message":"none"}');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(offered.signed));
    }
    const sha = /^\/api\/v1\/releases\/renderer\/files\/([0-9a-f]{64})$/.exec(req.url ?? '')?.[1];
    const bytes = sha ? offered?.files.get(sha) : undefined;
    if (!sha || !bytes) {
      res.writeHead(404);
      return res.end();
    }
    fileRequests.push(sha);
    switch (fault.get(sha)) {
      case 'wrong_bytes': {
        const evil = Buffer.alloc(bytes.length, 0x41);
        res.writeHead(200, { 'content-length': evil.length });
        return res.end(evil);
      }
      case 'short_body': {
        const short = bytes.subarray(0, Math.max(0, bytes.length - 5));
        res.writeHead(200, { 'content-length': short.length });
        return res.end(short);
      }
      case 'long_body': {
        const long = Buffer.concat([bytes, Buffer.from('<script>evil()</script>')]);
        res.writeHead(200, { 'content-length': long.length });
        return res.end(long);
      }
      case 'drop_connection':
        // Promise the whole file, send half, cut the line: a power cut at the hub, a pulled cable.
        res.writeHead(200, { 'content-length': bytes.length });
        res.write(bytes.subarray(0, bytes.length >> 1));
        return setTimeout(() => res.socket?.destroy(), 10);
      default:
        res.writeHead(200, { 'content-length': bytes.length });
        return res.end(bytes);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  credential.hubUrl = url;
  hub = {
    url,
    fault,
    fileRequests,
    offer(release, signed) {
      if (!release) {
        offered = null;
        return;
      }
      const files = new Map<string, Buffer>();
      for (const rel of listFiles(release.dir)) {
        const bytes = readFileSync(path.join(release.dir, rel));
        files.set(createHash('sha256').update(bytes).digest('hex'), bytes);
      }
      offered = { signed: signed ?? release.signed, files };
    },
  };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}

let keys: ReleaseKeyPair;
let userData: string;
let bundledRoot: string;
const warn = vi.spyOn(console, 'warn');

beforeEach(() => {
  keys = generateReleaseKeyPair();
  userData = mkdtempSync(path.join(tmpdir(), 'kiosk-userdata-'));
  bundledRoot = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-app-')), 'renderer');
  mkdirSync(bundledRoot);
  writeFileSync(path.join(bundledRoot, 'index.html'), '<title>kiosk 0.1.0</title>');
  hub.fault.clear();
  hub.fileRequests.length = 0;
  hub.offer(null);
  warn.mockImplementation(() => undefined);
});
afterEach(() => warn.mockReset());

const bundlesDir = () => path.join(userData, 'renderer-bundles');
const bundleFolders = () => (existsSync(bundlesDir()) ? readdirSync(bundlesDir()).sort() : []);

function updater(overrides: Partial<RendererUpdaterOptions> = {}) {
  return createRendererUpdater({
    bundlesDir: bundlesDir(),
    bundledRoot,
    shellVersion: '0.1.0',
    publicKeyPem: keys.publicKeyPem,
    credential: () => Promise.resolve(credential),
    ...overrides,
  });
}

/** What the app:// handler serves from the updater's root. */
async function servedIndex(u: { root(): string }): Promise<string> {
  const handler = createAppProtocolHandler({
    rendererRoot: () => u.root(),
    contentSecurityPolicy: () => "default-src 'none'",
    bootConfig: () => ({ hubUrl: '', demo: false }),
  });
  return (await handler(new Request('app://kiosk/index.html'))).text();
}

const release = (version: string, extra: Partial<Parameters<typeof makeTestRelease>[0]> = {}) =>
  makeTestRelease({
    keys,
    version,
    files: {
      'index.html': `<title>kiosk ${version}</title>`,
      'assets/app.js': `console.log(${JSON.stringify(version)});`.repeat(200),
    },
    ...extra,
  });

describe('renderer update: download and switch', () => {
  it('downloads a verified release but serves it only from the next idle reset', async () => {
    const u = updater();
    await u.init();
    hub.offer(release('0.2.0'));
    expect(await u.check()).toEqual({ status: 'ready', version: '0.2.0' });
    // Ready, on disk, yet the resident mid-intake still gets the renderer they started with.
    expect(bundleFolders()).toContain('0.2.0');
    expect(u.root()).toBe(bundledRoot);
    expect(await servedIndex(u)).toContain('kiosk 0.1.0');
    expect(await u.check()).toEqual({ status: 'up_to_date' });

    expect(await u.idleReset()).toBe(true);
    expect(u.activeVersion()).toBe('0.2.0');
    expect(await servedIndex(u)).toContain('kiosk 0.2.0');
    expect(await u.idleReset()).toBe(false);
  });

  it('keeps serving the switched bundle after a restart', async () => {
    const u = updater();
    await u.init();
    hub.offer(release('0.2.0'));
    await u.check();
    await u.idleReset();
    const again = updater();
    await again.init();
    expect(again.activeVersion()).toBe('0.2.0');
    expect(await servedIndex(again)).toContain('kiosk 0.2.0');
  });

  it('does nothing without a built-in key, and nothing before enrollment', async () => {
    hub.offer(release('0.2.0'));
    const off = updater({ publicKeyPem: null });
    await off.init();
    expect(await off.check()).toEqual({ status: 'disabled' });
    const unenrolled = updater({ credential: () => Promise.resolve(null) });
    expect(await unenrolled.check()).toEqual({ status: 'not_enrolled' });
    expect(bundleFolders()).toEqual([]);
  });

  it('answers none when the hub has no release', async () => {
    expect(await updater().check()).toEqual({ status: 'none' });
  });
});

describe('renderer update: what it refuses', () => {
  it('refuses a release signed with another key, and a tampered manifest', async () => {
    const foreign = makeTestRelease({ version: '0.2.0' }); // its own fresh key
    hub.offer(foreign);
    const u = updater();
    await u.init();
    expect(await u.check()).toEqual({ status: 'refused', reason: 'wrong_key' });

    const ours = release('0.2.0');
    const tampered = {
      ...ours.signed,
      manifest: ours.signed.manifest.replace(
        '"minShellVersion":"0.1.0"',
        '"minShellVersion":"0.0.9"',
      ),
    };
    hub.offer(ours, tampered);
    expect(await u.check()).toEqual({ status: 'refused', reason: 'bad_signature' });
    expect(hub.fileRequests).toEqual([]);
    expect(bundleFolders()).not.toContain('0.2.0');
    expect(u.root()).toBe(bundledRoot);
  });

  it('refuses downgrades and versions it already runs', async () => {
    const u = updater({ shellVersion: '0.3.0' });
    await u.init();
    hub.offer(release('0.2.0', { minShellVersion: '0.1.0' }));
    expect(await u.check()).toEqual({ status: 'up_to_date' });
    hub.offer(release('0.3.0'));
    expect(await u.check()).toEqual({ status: 'up_to_date' });
    expect(hub.fileRequests).toEqual([]);

    hub.offer(release('0.4.0'));
    expect(await u.check()).toEqual({ status: 'ready', version: '0.4.0' });
    await u.idleReset();
    hub.offer(release('0.3.5'));
    expect(await u.check()).toEqual({ status: 'up_to_date' });
    expect(u.activeVersion()).toBe('0.4.0');
  });

  it('refuses a release for a newer shell or another database schema', async () => {
    const u = updater();
    await u.init();
    hub.offer(release('0.2.0', { minShellVersion: '0.2.0' }));
    expect(await u.check()).toEqual({ status: 'refused', reason: 'shell_too_old' });
    hub.offer(
      release('0.2.0', {
        dbSchema: { records: KIOSK_DB_SCHEMA.records + 1, content: KIOSK_DB_SCHEMA.content },
      }),
    );
    expect(await u.check()).toEqual({ status: 'refused', reason: 'db_schema' });
    expect(bundleFolders()).not.toContain('0.2.0');
  });

  it.each([
    ['wrong_bytes', 'wrong_hash'],
    ['short_body', 'wrong_size'],
    ['long_body', 'wrong_size'],
    ['drop_connection', 'download_failed'],
  ] as const)(
    'a file served with %s fails as %s and leaves nothing behind',
    async (fault, reason) => {
      const u = updater();
      await u.init();
      const r = release('0.2.0');
      hub.offer(r);
      const manifest = JSON.parse(r.signed.manifest) as {
        files: { path: string; sha256: string }[];
      };
      const js = manifest.files.find((f) => f.path === 'assets/app.js');
      hub.fault.set(js?.sha256 ?? '', fault);
      expect(await u.check()).toEqual({ status: 'failed', reason });
      expect(bundleFolders().filter((f) => f !== 'state.json')).toEqual([]);
      expect(await u.idleReset()).toBe(false);
      expect(u.root()).toBe(bundledRoot);

      hub.fault.clear();
      expect(await u.check()).toEqual({ status: 'ready', version: '0.2.0' });
    },
  );
});

describe('renderer update: power cuts and damage on disk', () => {
  it('ignores and removes a download cut short by a power cut', async () => {
    // What a power cut mid-download leaves: a partial folder with half a file, no state change.
    const partial = path.join(bundlesDir(), '0.2.0.partial', 'assets');
    mkdirSync(partial, { recursive: true });
    writeFileSync(path.join(partial, 'app.js'), 'console.lo');
    const u = updater();
    await u.init();
    expect(bundleFolders()).not.toContain('0.2.0.partial');
    expect(u.root()).toBe(bundledRoot);
    hub.offer(release('0.2.0'));
    expect(await u.check()).toEqual({ status: 'ready', version: '0.2.0' });
  });

  it('will not serve a bundle whose files changed on disk', async () => {
    const u = updater();
    await u.init();
    hub.offer(release('0.2.0'));
    await u.check();
    writeFileSync(path.join(bundlesDir(), '0.2.0', 'index.html'), '<title>altered</title>');
    expect(await u.idleReset()).toBe(false);
    expect(u.root()).toBe(bundledRoot);
    const again = updater();
    await again.init();
    expect(again.root()).toBe(bundledRoot);
  });

  it('takes a bundle that was complete before the power cut without downloading it again', async () => {
    const first = updater();
    await first.init();
    hub.offer(release('0.2.0'));
    await first.check();
    // The state file lost its "ready" (cut between the rename and the state write).
    writeFileSync(
      path.join(bundlesDir(), 'state.json'),
      '{"active":null,"ready":null,"rejected":[]}',
    );
    hub.fileRequests.length = 0;
    const u = updater();
    await u.init();
    expect(await u.check()).toEqual({ status: 'ready', version: '0.2.0' });
    expect(hub.fileRequests).toEqual([]);
  });
});

describe('renderer update: crash loop and pruning', () => {
  it('falls back to the installed renderer when the new one crash-loops, and never retakes it', async () => {
    let clock = 1_000_000;
    const u = updater({ now: () => clock });
    await u.init();
    hub.offer(release('0.2.0'));
    await u.check();
    await u.idleReset();
    clock += 1_000;
    expect(await u.rendererFailed()).toBe(false);
    clock += 1_000;
    expect(await u.rendererFailed()).toBe(false);
    clock += 1_000;
    expect(await u.rendererFailed()).toBe(true);
    expect(u.activeVersion()).toBeNull();
    expect(await servedIndex(u)).toContain('kiosk 0.1.0');
    expect(await u.check()).toEqual({ status: 'refused', reason: 'rejected' });

    const restarted = updater();
    await restarted.init();
    expect(restarted.root()).toBe(bundledRoot);
  });

  it('does not count failures of the installed renderer, or long after the switch', async () => {
    let clock = 0;
    const u = updater({ now: () => clock });
    await u.init();
    for (let i = 0; i < 5; i++) expect(await u.rendererFailed()).toBe(false);
    hub.offer(release('0.2.0'));
    await u.check();
    await u.idleReset();
    clock += 11 * 60_000;
    for (let i = 0; i < 5; i++) expect(await u.rendererFailed()).toBe(false);
    expect(u.activeVersion()).toBe('0.2.0');
  });

  it('tells technician mode what runs, what waits for the idle reset and the last fallback', async () => {
    let clock = 1_000_000;
    const u = updater({ now: () => clock });
    await u.init();
    const installed = { running: '0.1.0', installed: '0.1.0', waiting: null, fellBackFrom: null };
    expect(u.versions()).toEqual(installed);
    hub.offer(release('0.2.0'));
    await u.check();
    expect(u.versions()).toEqual({ ...installed, waiting: '0.2.0' });
    await u.idleReset();
    expect(u.versions()).toEqual({ ...installed, running: '0.2.0' });
    for (let i = 0; i < 3; i++) {
      clock += 1_000;
      await u.rendererFailed();
    }
    expect(u.versions()).toEqual({ ...installed, fellBackFrom: '0.2.0' });

    // Kept across a restart, until the next switch to a bundle.
    const restarted = updater({ now: () => clock });
    await restarted.init();
    expect(restarted.versions()).toEqual({ ...installed, fellBackFrom: '0.2.0' });
    hub.offer(release('0.3.0'));
    await restarted.check();
    expect(restarted.versions()).toEqual({ ...installed, waiting: '0.3.0', fellBackFrom: '0.2.0' });
    await restarted.idleReset();
    expect(restarted.versions()).toEqual({ ...installed, running: '0.3.0' });
  });

  it('reads a state file written before the fallback was recorded', async () => {
    const first = updater();
    await first.init();
    hub.offer(release('0.2.0'));
    await first.check();
    await first.idleReset();
    writeFileSync(
      path.join(bundlesDir(), 'state.json'),
      '{"active":"0.2.0","ready":null,"rejected":["0.1.5"]}',
    );
    const u = updater();
    await u.init();
    expect(u.versions()).toEqual({
      running: '0.2.0',
      installed: '0.1.0',
      waiting: null,
      fellBackFrom: null,
    });
  });

  it('keeps only the last two bundles', async () => {
    const u = updater();
    await u.init();
    for (const version of ['0.2.0', '0.3.0', '0.4.0']) {
      hub.offer(release(version));
      expect(await u.check()).toEqual({ status: 'ready', version });
      await u.idleReset();
    }
    expect(bundleFolders()).toEqual(['0.3.0', '0.4.0', 'state.json']);
    expect(await servedIndex(u)).toContain('kiosk 0.4.0');
  });
});

describe('renderer update: signing and checking agree', () => {
  it('accepts what scripts/release/sign-renderer.ts signs with a matching key only', async () => {
    const other = generateReleaseKeyPair();
    hub.offer(release('0.2.0'));
    const u = updater({ publicKeyPem: other.publicKeyPem });
    expect(await u.check()).toEqual({ status: 'refused', reason: 'wrong_key' });
  });
});
