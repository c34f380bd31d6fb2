import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  RELEASE_FILE_NAME,
  RELEASE_MANIFEST_MAX_CHARS,
  RendererReleaseManifest,
  SignedRendererRelease,
  compareVersions,
  type ReleaseFile,
} from '../../shared/release/manifest';

/**
 * Published renderer releases, on the filesystem under the hub's data dir (no table: the files
 * are the data, and a release is published by the admin CLI, not by a request):
 *
 *   releases/renderer/files/<sha256>        every file of every release, by content
 *   releases/renderer/versions/<x.y.z>.json each release's signed manifest
 *   releases/renderer/latest.json           the one kiosks are offered
 *
 * latest.json is replaced last, by rename, so a publish cut short leaves the previous release on
 * offer and never a manifest whose files are missing.
 */
export function releasesRoot(dataDir: string): string {
  return path.join(dataDir, 'releases', 'renderer');
}

/** A publish refused; the message says what to fix and never holds file content. */
export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return sha256(der).slice(0, 16);
}

function writeAtomically(file: string, bytes: Uint8Array | string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

/** Check a signed release against the district's public key; the manifest when it holds. */
export function verifySignedRelease(
  signed: SignedRendererRelease,
  publicKeyPem: string,
): RendererReleaseManifest {
  if (signed.keyId !== keyIdOf(publicKeyPem))
    throw new ReleaseRefused(
      `signed with key ${signed.keyId}, but this hub trusts key ${keyIdOf(publicKeyPem)}; kiosks would refuse it`,
    );
  const ok = verify(
    null,
    Buffer.from(signed.manifest, 'utf8'),
    createPublicKey(publicKeyPem),
    Buffer.from(signed.signature, 'base64'),
  );
  if (!ok)
    throw new ReleaseRefused('the signature does not match the manifest (altered after signing?)');
  let json: unknown;
  try {
    json = JSON.parse(signed.manifest);
  } catch {
    throw new ReleaseRefused('the signed manifest is not JSON');
  }
  const manifest = RendererReleaseManifest.safeParse(json);
  if (!manifest.success)
    throw new ReleaseRefused(
      `the manifest is not valid: ${manifest.error.issues.map((i) => i.message).join('; ')}`,
    );
  return manifest.data;
}

function readSigned(file: string): SignedRendererRelease | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (text.length > RELEASE_MANIFEST_MAX_CHARS * 2) return null;
  try {
    const parsed = SignedRendererRelease.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The release kiosks are offered, as published (signed); null before the first publish. */
export function latestRelease(root: string): SignedRendererRelease | null {
  return readSigned(path.join(root, 'latest.json'));
}

/** The stored file with this SHA-256, or null. Only verified files are ever stored here. */
export function releaseFile(root: string, hash: string): { file: string; size: number } | null {
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const file = path.join(root, 'files', hash);
  try {
    const stat = statSync(file);
    return stat.isFile() ? { file, size: stat.size } : null;
  } catch {
    return null;
  }
}

export interface PublishResult {
  version: string;
  files: number;
  /** Files already stored by an earlier release (same content). */
  reused: number;
}

/**
 * Publish the signed renderer in `sourceDir` (a built dist/renderer with its release.json):
 * verify the signature with `publicKeyPem`, check every file's size and SHA-256, refuse a version
 * that is not newer than the one on offer, store the files, then offer the release.
 */
export function publishRelease(
  root: string,
  sourceDir: string,
  publicKeyPem: string,
): PublishResult {
  const signed = readSigned(path.join(sourceDir, RELEASE_FILE_NAME));
  if (!signed)
    throw new ReleaseRefused(
      `${path.join(sourceDir, RELEASE_FILE_NAME)} is missing or not a signed release; run scripts/release/sign-renderer.ts first`,
    );
  const manifest = verifySignedRelease(signed, publicKeyPem);
  const current = latestRelease(root);
  if (current) {
    const currentVersion = (JSON.parse(current.manifest) as { version: string }).version;
    if (compareVersions(manifest.version, currentVersion) <= 0)
      throw new ReleaseRefused(
        `renderer ${currentVersion} is already on offer; publish a newer version than ${manifest.version}`,
      );
  }

  // Read and check everything before storing anything.
  const checked: { entry: ReleaseFile; bytes: Buffer }[] = manifest.files.map((entry) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(sourceDir, ...entry.path.split('/')));
    } catch {
      throw new ReleaseRefused(`${entry.path} is listed in the manifest but missing`);
    }
    if (bytes.length !== entry.size || sha256(bytes) !== entry.sha256)
      throw new ReleaseRefused(`${entry.path} differs from the signed manifest (size or SHA-256)`);
    return { entry, bytes };
  });

  mkdirSync(path.join(root, 'files'), { recursive: true });
  mkdirSync(path.join(root, 'versions'), { recursive: true });
  let reused = 0;
  for (const { entry, bytes } of checked) {
    const target = path.join(root, 'files', entry.sha256);
    if (existsSync(target) && sha256(readFileSync(target)) === entry.sha256) {
      reused++;
      continue;
    }
    writeAtomically(target, bytes);
  }
  const text = `${JSON.stringify(signed, null, 2)}\n`;
  writeAtomically(path.join(root, 'versions', `${manifest.version}.json`), text);
  writeAtomically(path.join(root, 'latest.json'), text);
  return { version: manifest.version, files: checked.length, reused };
}
