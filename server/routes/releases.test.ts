import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestRelease, type TestRelease } from '../../scripts/release/test-release';
import { authorizationHeader } from '../../shared/sync/auth';
import { RELEASE_PATHS, SignedRendererRelease } from '../../shared/release/manifest';
import { enrollDevice, revokeDevice } from '../store/devices';
import { publishRelease, releasesRoot } from '../store/releases';
import { seedSite, startTestHub, type TestHub } from '../testing/test-hub';

let hub: TestHub;
let release: TestRelease;
let auth: Record<string, string>;
let deviceId: string;

beforeAll(async () => {
  hub = await startTestHub();
  const { code } = seedSite(hub);
  const enrolled = enrollDevice(hub.db, code, 'kiosk 1', hub.clock.ms, 0);
  deviceId = enrolled.deviceId;
  auth = { authorization: authorizationHeader(enrolled.deviceId, enrolled.credential) };
  release = makeTestRelease();
});
afterAll(() => hub.close());

const get = (p: string, headers: Record<string, string> = auth) => fetch(hub.url + p, { headers });

describe('renderer release routes', () => {
  it('answers not_found before anything is published', async () => {
    const res = await get(RELEASE_PATHS.latest);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it('serves the signed manifest and each file by hash to an enrolled kiosk', async () => {
    publishRelease(releasesRoot(hub.dataDir), release.dir, release.keys.publicKeyPem);
    const res = await get(RELEASE_PATHS.latest);
    expect(res.status).toBe(200);
    const signed = SignedRendererRelease.parse(await res.json());
    expect(signed).toEqual(release.signed);
    const manifest = JSON.parse(signed.manifest) as { files: { sha256: string; size: number }[] };
    for (const f of manifest.files) {
      const file = await get(RELEASE_PATHS.file(f.sha256));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/octet-stream');
      const bytes = new Uint8Array(await file.arrayBuffer());
      expect(bytes.length).toBe(f.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
    }
  });

  it('refuses callers without a valid credential', async () => {
    expect((await get(RELEASE_PATHS.latest, {})).status).toBe(401);
    const wrong = { authorization: authorizationHeader(deviceId, 'A'.repeat(43)) };
    expect((await get(RELEASE_PATHS.latest, wrong)).status).toBe(401);
  });

  it('answers bad_request for a malformed hash and not_found for an unknown one', async () => {
    const bad = await get(RELEASE_PATHS.file('..%2Flatest.json'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'bad_request' });
    expect((await get(RELEASE_PATHS.file('f'.repeat(64)))).status).toBe(404);
  });

  it('stops serving a revoked device', async () => {
    revokeDevice(hub.db, deviceId, hub.clock.ms);
    const res = await get(RELEASE_PATHS.latest);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'device_revoked' });
  });
});
