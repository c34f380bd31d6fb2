import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReleaseKeyPair } from '../../scripts/release/release-key';
import { makeTestRelease } from '../../scripts/release/test-release';
import { RELEASE_FILE_NAME } from '../../shared/release/manifest';
import { latestRelease, publishRelease, releaseFile, ReleaseRefused } from './releases';

const freshRoot = () => path.join(mkdtempSync(path.join(tmpdir(), 'hub-releases-')), 'releases');

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReleaseRefused) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('publishRelease', () => {
  it('stores every file by hash and offers the signed manifest as latest', () => {
    const root = freshRoot();
    const release = makeTestRelease();
    expect(publishRelease(root, release.dir, release.keys.publicKeyPem)).toEqual({
      version: '0.2.0',
      files: 4,
      reused: 0,
    });
    expect(latestRelease(root)).toEqual(release.signed);
    const manifest = JSON.parse(release.signed.manifest) as {
      files: { sha256: string; path: string }[];
    };
    for (const f of manifest.files) {
      const stored = releaseFile(root, f.sha256);
      expect(stored).not.toBeNull();
      expect(readFileSync(stored?.file ?? '')).toEqual(
        readFileSync(path.join(release.dir, f.path)),
      );
    }
  });

  it('refuses a release signed with another key, and stores nothing', () => {
    const root = freshRoot();
    const release = makeTestRelease();
    expect(
      refusal(() => publishRelease(root, release.dir, generateReleaseKeyPair().publicKeyPem)),
    ).toMatch(/trusts key/);
    expect(latestRelease(root)).toBeNull();
    expect(existsSync(path.join(root, 'files'))).toBe(false);
  });

  it('refuses a manifest altered after signing', () => {
    const root = freshRoot();
    const release = makeTestRelease();
    const tampered = {
      ...release.signed,
      manifest: release.signed.manifest.replace(
        '"minShellVersion":"0.1.0"',
        '"minShellVersion":"0.0.1"',
      ),
    };
    writeFileSync(path.join(release.dir, RELEASE_FILE_NAME), JSON.stringify(tampered));
    expect(refusal(() => publishRelease(root, release.dir, release.keys.publicKeyPem))).toMatch(
      /signature does not match/,
    );
    expect(latestRelease(root)).toBeNull();
  });

  it('refuses a bundle whose file changed after signing, and a folder without release.json', () => {
    const root = freshRoot();
    const release = makeTestRelease();
    writeFileSync(path.join(release.dir, 'assets', 'index-2b.js'), 'alert("changed")');
    expect(refusal(() => publishRelease(root, release.dir, release.keys.publicKeyPem))).toMatch(
      /assets\/index-2b.js differs/,
    );
    expect(latestRelease(root)).toBeNull();
    expect(
      refusal(() =>
        publishRelease(root, mkdtempSync(path.join(tmpdir(), 'empty-')), release.keys.publicKeyPem),
      ),
    ).toMatch(/missing or not a signed release/);
  });

  it('refuses a version not newer than the one on offer, and reuses stored files', () => {
    const root = freshRoot();
    const keys = generateReleaseKeyPair();
    const first = makeTestRelease({ keys, version: '0.2.0' });
    publishRelease(root, first.dir, keys.publicKeyPem);
    const same = makeTestRelease({ keys, version: '0.2.0' });
    expect(refusal(() => publishRelease(root, same.dir, keys.publicKeyPem))).toMatch(
      /already on offer/,
    );
    const older = makeTestRelease({ keys, version: '0.1.9' });
    expect(refusal(() => publishRelease(root, older.dir, keys.publicKeyPem))).toMatch(
      /already on offer/,
    );
    const newer = makeTestRelease({ keys, version: '0.10.0' });
    expect(publishRelease(root, newer.dir, keys.publicKeyPem)).toMatchObject({
      version: '0.10.0',
      reused: 4,
    });
    expect(latestRelease(root)).toEqual(newer.signed);
  });

  it('never resolves a file outside the store', () => {
    const root = freshRoot();
    expect(releaseFile(root, '../latest.json')).toBeNull();
    expect(releaseFile(root, 'a'.repeat(64))).toBeNull();
  });
});
