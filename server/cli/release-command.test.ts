import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestRelease } from '../../scripts/release/test-release';
import { generateReleaseKeyPair } from '../../scripts/release/release-key';
import type { Db } from '../db/open';
import { latestRelease, releasesRoot } from '../store/releases';
import { openTempHubDb } from '../testing/temp-db';
import { parseCommand, UsageError } from './args';
import { runAdminCommand, type AdminCommand } from './commands';

let db: Db;
let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ db, dataDir, cleanup } = openTempHubDb()));
afterEach(() => cleanup());

const context = { env: {}, projectRoot: '/project', cwd: '/home/admin' };
function run(command: AdminCommand): string[] {
  const lines: string[] = [];
  runAdminCommand(db, command, Date.UTC(2026, 10, 29), (line) => lines.push(line));
  return lines;
}

describe('release publish', () => {
  it('parses a folder and an optional key, defaulting the key to the data dir', () => {
    expect(
      parseCommand(['release', 'publish', 'dist/renderer', '--data', '/srv/hub'], context),
    ).toEqual({
      kind: 'release publish',
      dataDir: '/srv/hub',
      dir: '/home/admin/dist/renderer',
      keyFile: path.join('/srv/hub', 'renderer-release.pub.pem'),
    });
    expect(
      parseCommand(['release', 'publish', 'd', '--key', 'k.pem', '--data', '/srv/hub'], context),
    ).toMatchObject({ keyFile: '/home/admin/k.pem' });
    expect(() => parseCommand(['release', 'publish'], context)).toThrow(UsageError);
  });

  it('publishes a release signed with the hub key', () => {
    const release = makeTestRelease();
    writeFileSync(path.join(dataDir, 'renderer-release.pub.pem'), release.keys.publicKeyPem);
    const keyFile = path.join(dataDir, 'renderer-release.pub.pem');
    expect(run({ kind: 'release publish', dataDir, dir: release.dir, keyFile })).toEqual([
      'published renderer 0.2.0 to Electron kiosks (4 files, 0 already stored)',
    ]);
    expect(latestRelease(releasesRoot(dataDir))).toEqual(release.signed);
  });

  it('refuses, as a usage error, a release signed with another key or a missing key file', () => {
    const release = makeTestRelease();
    const keyFile = path.join(dataDir, 'other.pub.pem');
    writeFileSync(keyFile, generateReleaseKeyPair().publicKeyPem);
    expect(() => run({ kind: 'release publish', dataDir, dir: release.dir, keyFile })).toThrow(
      /release refused: signed with key/,
    );
    expect(() =>
      run({
        kind: 'release publish',
        dataDir,
        dir: release.dir,
        keyFile: path.join(dataDir, 'nope.pem'),
      }),
    ).toThrow(UsageError);
    expect(latestRelease(releasesRoot(dataDir))).toBeNull();
  });
});
