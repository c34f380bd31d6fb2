import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  RELEASE_FILE_NAME,
  ReleaseVersion,
  compareVersions,
  type ReleaseFile,
  type RendererReleaseManifest,
  type SignedRendererRelease,
} from '../shared/release/manifest';
import { verifyRelease } from './release-signature';

/**
 * Downloaded renderer bundles in `userData/renderer-bundles/`:
 *
 *   <x.y.z>.partial/   a download in progress: never served, removed at start
 *   <x.y.z>/           a complete bundle, every file checked, with its release.json
 *   state.json         which bundle is active, which is ready, which crash-looped here
 *
 * A bundle becomes `<x.y.z>/` only by renaming its finished `.partial` folder (atomic on one
 * volume), so a power cut leaves either a partial folder, which is ignored and deleted, or a
 * whole one. Even so every file is checked again before a bundle is served.
 */
export const BundleState = z.object({
  active: ReleaseVersion.nullable(),
  ready: ReleaseVersion.nullable(),
  rejected: z.array(ReleaseVersion).max(100),
  /**
   * The bundle the last switch fell back from (crash loop), for technician mode; cleared by the
   * next switch to a bundle. Absent in state files written before it existed.
   */
  fellBackFrom: ReleaseVersion.nullable().default(null),
});
export type BundleState = z.infer<typeof BundleState>;

const STATE_FILE = 'state.json';
const EMPTY: BundleState = { active: null, ready: null, rejected: [], fellBackFrom: null };
const PARTIAL = '.partial';

export const bundleDir = (bundlesDir: string, version: string) => path.join(bundlesDir, version);
const fileIn = (dir: string, file: ReleaseFile) => path.join(dir, ...file.path.split('/'));

export async function readBundleState(bundlesDir: string): Promise<BundleState> {
  try {
    const parsed = BundleState.safeParse(
      JSON.parse(await readFile(path.join(bundlesDir, STATE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY; // none yet, or damaged: start from the bundled renderer
  }
}

export async function writeBundleState(bundlesDir: string, state: BundleState): Promise<void> {
  await mkdir(bundlesDir, { recursive: true });
  const temp = path.join(bundlesDir, `${STATE_FILE}.tmp`);
  await writeFile(temp, JSON.stringify(BundleState.parse(state)));
  await rename(temp, path.join(bundlesDir, STATE_FILE));
}

/** Remove every unfinished download (left by a power cut or a failed check). */
export async function removePartials(bundlesDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await listEntries(bundlesDir)) {
    if (entry.endsWith(PARTIAL) || entry.endsWith('.tmp')) {
      await rm(path.join(bundlesDir, entry), { recursive: true, force: true });
      removed.push(entry);
    }
  }
  return removed;
}

/** Versions that have a complete bundle folder. */
export async function completeBundles(bundlesDir: string): Promise<string[]> {
  return (await listEntries(bundlesDir))
    .filter((e) => ReleaseVersion.safeParse(e).success)
    .sort(compareVersions);
}

async function listEntries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function sha256Of(file: string): Promise<{ size: number; sha256: string }> {
  const bytes = await readFile(file);
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The manifest of the bundle in `dir` when its release.json verifies against the key and every
 * file has its size and SHA-256; null otherwise (missing, altered, damaged on disk).
 */
export async function verifyBundleOnDisk(
  dir: string,
  publicKeyPem: string,
): Promise<RendererReleaseManifest | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dir, RELEASE_FILE_NAME), 'utf8'));
  } catch {
    return null;
  }
  const verified = verifyRelease(raw, publicKeyPem);
  if (!verified.ok || path.basename(dir) !== verified.manifest.version) return null;
  for (const file of verified.manifest.files) {
    try {
      const actual = await sha256Of(fileIn(dir, file));
      if (actual.size !== file.size || actual.sha256 !== file.sha256) return null;
    } catch {
      return null;
    }
  }
  return verified.manifest;
}

export type DownloadProblem = 'download_failed' | 'wrong_size' | 'wrong_hash';

/** One file of the release from the hub, by its SHA-256. */
export type FetchReleaseFile = (sha256: string) => Promise<Response>;

/**
 * Download every file of a verified release into `<version>.partial/`, checking each size and
 * SHA-256 as it arrives (a file longer than its manifest says is cut off at once), then rename
 * the folder to `<version>/`. Any failure removes the partial folder and changes nothing else.
 */
export async function downloadBundle(
  bundlesDir: string,
  signed: SignedRendererRelease,
  manifest: RendererReleaseManifest,
  fetchFile: FetchReleaseFile,
): Promise<{ ok: true; dir: string } | { ok: false; problem: DownloadProblem }> {
  const partial = path.join(bundlesDir, `${manifest.version}${PARTIAL}`);
  const final = bundleDir(bundlesDir, manifest.version);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    for (const file of manifest.files) {
      const problem = await downloadFile(file, fileIn(partial, file), fetchFile);
      if (problem) {
        await rm(partial, { recursive: true, force: true });
        return { ok: false, problem };
      }
    }
    await writeFile(path.join(partial, RELEASE_FILE_NAME), JSON.stringify(signed));
    await rm(final, { recursive: true, force: true });
    await rename(partial, final);
    return { ok: true, dir: final };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

async function downloadFile(
  file: ReleaseFile,
  target: string,
  fetchFile: FetchReleaseFile,
): Promise<DownloadProblem | null> {
  let response: Response;
  try {
    response = await fetchFile(file.sha256);
  } catch {
    return 'download_failed';
  }
  if (!response.ok || !response.body) return 'download_failed';
  await mkdir(path.dirname(target), { recursive: true });
  const handle = await open(target, 'w');
  const hash = createHash('sha256');
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > file.size) {
        await reader.cancel().catch(() => undefined);
        return 'wrong_size';
      }
      hash.update(value);
      await handle.write(value);
    }
    // On disk before the folder is renamed into place: a power cut must not leave holes.
    await handle.sync();
  } catch {
    return 'download_failed'; // the connection dropped mid-file
  } finally {
    await handle.close();
  }
  if (size !== file.size) return 'wrong_size';
  return hash.digest('hex') === file.sha256 ? null : 'wrong_hash';
}

/**
 * Keep at most two bundles: the active and the ready one, else the newest others, so disk use
 * stays bounded. Rejected bundles go first. Returns the versions removed.
 */
export async function pruneBundles(bundlesDir: string, state: BundleState): Promise<string[]> {
  const complete = await completeBundles(bundlesDir);
  const keep = new Set([state.active, state.ready].filter((v): v is string => v !== null));
  for (const version of [...complete].reverse()) {
    if (keep.size >= 2) break;
    if (!state.rejected.includes(version)) keep.add(version);
  }
  const removed: string[] = [];
  for (const version of complete) {
    if (keep.has(version)) continue;
    await rm(bundleDir(bundlesDir, version), { recursive: true, force: true });
    removed.push(version);
  }
  return removed;
}
