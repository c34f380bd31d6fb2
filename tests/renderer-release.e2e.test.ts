import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRendererUpdater } from '../electron/renderer-update';
import { makeTestRelease } from '../scripts/release/test-release';
import { runAdminCommand } from '../server/cli/commands';
import { enrollDevice } from '../server/store/devices';
import { seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';
import type { DeviceCredential } from '../shared/ipc';

/**
 * The whole renderer-only update path across processes' boundaries: sign a built renderer with
 * a key made for this run, publish it on a real hub with the admin command, and let the main
 * process's updater fetch, verify and switch to it over real HTTP.
 */
let hub: TestHub;
let credential: DeviceCredential;

beforeAll(async () => {
  hub = await startTestHub();
  const { code } = seedSite(hub);
  const enrolled = enrollDevice(hub.db, code, 'kiosk 1', hub.clock.ms, 0);
  credential = { hubUrl: hub.url, deviceId: enrolled.deviceId, secret: enrolled.credential };
});
afterAll(() => hub.close());

describe('renderer release from signing to the kiosk', () => {
  it('is published by the admin CLI and taken by the kiosk at its idle reset', async () => {
    const release = makeTestRelease({ version: '0.2.0' });
    const keyFile = path.join(hub.dataDir, 'renderer-release.pub.pem');
    writeFileSync(keyFile, release.keys.publicKeyPem);
    const lines: string[] = [];
    runAdminCommand(
      hub.db,
      { kind: 'release publish', dataDir: hub.dataDir, dir: release.dir, keyFile },
      hub.clock.ms,
      (line) => lines.push(line),
    );
    expect(lines.join('\n')).toContain('published renderer 0.2.0');

    const bundledRoot = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-app-')), 'renderer');
    mkdirSync(bundledRoot);
    const updater = createRendererUpdater({
      bundlesDir: path.join(
        mkdtempSync(path.join(tmpdir(), 'kiosk-userdata-')),
        'renderer-bundles',
      ),
      bundledRoot,
      shellVersion: '0.1.0',
      publicKeyPem: release.keys.publicKeyPem,
      credential: () => Promise.resolve(credential),
    });
    await updater.init();
    expect(await updater.check()).toEqual({ status: 'ready', version: '0.2.0' });
    expect(updater.root()).toBe(bundledRoot);
    expect(await updater.idleReset()).toBe(true);
    expect(updater.activeVersion()).toBe('0.2.0');
  });

  it('is refused by a kiosk whose built-in key is another one', async () => {
    const other = makeTestRelease({ version: '0.3.0' });
    const updater = createRendererUpdater({
      bundlesDir: path.join(
        mkdtempSync(path.join(tmpdir(), 'kiosk-userdata-')),
        'renderer-bundles',
      ),
      bundledRoot: '/nonexistent',
      shellVersion: '0.1.0',
      publicKeyPem: other.keys.publicKeyPem,
      credential: () => Promise.resolve(credential),
    });
    expect(await updater.check()).toEqual({ status: 'refused', reason: 'wrong_key' });
  });
});
