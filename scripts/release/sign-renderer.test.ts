import 'fake-indexeddb/auto';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContentDb } from '../../renderer/db/content-db';
import { openRecordsDb } from '../../renderer/db/records-db';
import { buildElectron } from '../build-electron';
import {
  KIOSK_DB_SCHEMA,
  RELEASE_FILE_NAME,
  RendererReleaseManifest,
  SignedRendererRelease,
  judgeRelease,
} from '../../shared/release/manifest';
import { writeReleaseKeyPair } from './keygen';
import { generateReleaseKeyPair, releaseKeyId } from './release-key';
import { signRendererDir } from './sign-renderer';
import { SAMPLE_BUNDLE, writeBundle } from './test-release';

describe('sign-renderer', () => {
  it('lists every file with size and SHA-256 and signs the manifest text', () => {
    const keys = generateReleaseKeyPair();
    const dir = writeBundle(SAMPLE_BUNDLE);
    const signed = signRendererDir({
      dir,
      privateKeyPem: keys.privateKeyPem,
      version: '0.2.0',
      minShellVersion: '0.1.0',
      now: new Date('2026-11-29T02:00:00Z'),
    });
    expect(SignedRendererRelease.parse(JSON.parse(readFileSync(path.join(dir, RELEASE_FILE_NAME), 'utf8')))).toEqual(signed);
    const manifest = RendererReleaseManifest.parse(JSON.parse(signed.manifest));
    expect(manifest.files.map((f) => f.path)).toEqual([
      'assets/index-2b.css',
      'assets/index-2b.js',
      'icon.svg',
      'index.html',
    ]);
    expect(manifest.files.find((f) => f.path === 'icon.svg')?.size).toBe(
      Buffer.byteLength(SAMPLE_BUNDLE['icon.svg'] ?? ''),
    );
    expect(manifest.dbSchema).toEqual(KIOSK_DB_SCHEMA);
    expect(signed.keyId).toBe(releaseKeyId(keys.publicKeyPem));
    expect(
      verify(null, Buffer.from(signed.manifest), createPublicKey(keys.publicKeyPem), Buffer.from(signed.signature, 'base64')),
    ).toBe(true);
  });

  it('re-signing leaves release.json out of its own manifest', () => {
    const keys = generateReleaseKeyPair();
    const dir = writeBundle(SAMPLE_BUNDLE);
    const options = { dir, privateKeyPem: keys.privateKeyPem, version: '0.2.0', minShellVersion: '0.1.0' };
    signRendererDir(options);
    const again = RendererReleaseManifest.parse(JSON.parse(signRendererDir(options).manifest));
    expect(again.files.some((f) => f.path === RELEASE_FILE_NAME)).toBe(false);
  });

  it('refuses a bad version, a folder without index.html, a link, and an unsafe file name', () => {
    const keys = generateReleaseKeyPair();
    const base = { privateKeyPem: keys.privateKeyPem, minShellVersion: '0.1.0' };
    expect(() => signRendererDir({ ...base, dir: writeBundle(SAMPLE_BUNDLE), version: 'v2' })).toThrow();
    expect(() =>
      signRendererDir({ ...base, dir: writeBundle({ 'app.js': 'x' }), version: '0.2.0' }),
    ).toThrow(/index.html/);
    const linked = writeBundle(SAMPLE_BUNDLE);
    symlinkSync('/etc/hostname', path.join(linked, 'hostname'));
    expect(() => signRendererDir({ ...base, dir: linked, version: '0.2.0' })).toThrow(/link/);
    expect(() =>
      signRendererDir({ ...base, dir: writeBundle({ ...SAMPLE_BUNDLE, 'a b.js': 'x' }), version: '0.2.0' }),
    ).toThrow();
  });
});

describe('keygen', () => {
  it('writes a key pair once and refuses to overwrite it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'release-keys-'));
    const written = writeReleaseKeyPair(dir);
    expect(readFileSync(written.privateKeyFile, 'utf8')).toContain('PRIVATE KEY');
    expect(written.keyId).toBe(releaseKeyId(readFileSync(written.publicKeyFile, 'utf8')));
    expect(() => writeReleaseKeyPair(dir)).toThrow(/not overwriting/);
  });
});

describe('release rules', () => {
  const manifest = (version: string, minShellVersion = '0.1.0') =>
    RendererReleaseManifest.parse({
      format: 'living-room-renderer-release',
      formatVersion: 1,
      version,
      createdAt: '2026-11-29T02:00:00Z',
      minShellVersion,
      dbSchema: KIOSK_DB_SCHEMA,
      files: [{ path: 'index.html', size: 1, sha256: 'a'.repeat(64) }],
    });
  const kiosk = { shellVersion: '0.1.0', newestVersion: '0.2.0', dbSchema: KIOSK_DB_SCHEMA, rejectedVersions: [] };

  it('compares versions as numbers, not text', () => {
    expect(judgeRelease(manifest('0.10.0'), kiosk)).toBeNull();
    expect(judgeRelease(manifest('0.9.0'), { ...kiosk, newestVersion: '0.10.0' })).toBe('not_newer');
    expect(judgeRelease(manifest('0.2.0'), kiosk)).toBe('not_newer');
    expect(judgeRelease(manifest('0.3.0', '0.2.0'), kiosk)).toBe('shell_too_old');
    expect(judgeRelease(manifest('0.3.0'), { ...kiosk, rejectedVersions: ['0.3.0'] })).toBe('rejected');
  });

  it.each(['../evil.js', 'assets/../../evil.js', '/etc/passwd', 'C:\\evil.js', 'a\\b.js', './index.html', 'assets//x.js'])(
    'refuses the file path %s',
    (p) => {
      expect(() =>
        RendererReleaseManifest.parse({
          ...manifest('0.3.0'),
          files: [
            { path: 'index.html', size: 1, sha256: 'a'.repeat(64) },
            { path: p, size: 1, sha256: 'b'.repeat(64) },
          ],
        }),
      ).toThrow();
    },
  );

  it('refuses two paths that are one file on Windows', () => {
    expect(() =>
      RendererReleaseManifest.parse({
        ...manifest('0.3.0'),
        files: [
          { path: 'index.html', size: 1, sha256: 'a'.repeat(64) },
          { path: 'Index.html', size: 1, sha256: 'b'.repeat(64) },
        ],
      }),
    ).toThrow(/twice/);
  });

  it('names the IndexedDB versions the renderer really opens', async () => {
    // Add a Dexie version and this fails: bump KIOSK_DB_SCHEMA, and ship that as an installer.
    const records = openRecordsDb(`schema-check-records-${Date.now()}`);
    const content = openContentDb(`schema-check-content-${Date.now()}`);
    await Promise.all([records.open(), content.open()]);
    expect({ records: records.verno, content: content.verno }).toEqual(KIOSK_DB_SCHEMA);
    records.close();
    content.close();
  });
});

describe('build-electron', () => {
  it('builds the release public key into main, and nothing private', async () => {
    const keys = generateReleaseKeyPair();
    const out = mkdtempSync(path.join(tmpdir(), 'dist-electron-'));
    await buildElectron({ kioskBuild: true, outDir: out, releasePublicKeyPem: keys.publicKeyPem });
    const main = readFileSync(path.join(out, 'main.cjs'), 'utf8');
    const body = keys.publicKeyPem.split('\n')[1] ?? '';
    expect(body.length).toBeGreaterThan(20);
    expect(main).toContain(body);
    expect(main).not.toContain('PRIVATE KEY');
  });
});
