import { z } from 'zod';

/**
 * A renderer release: a built `dist/renderer` folder that the hub hands to Electron kiosks so the
 * screens can be updated without a new installer (docs/deploy.md, "Renderer-only updates").
 *
 * The hub stores it and the kiosk downloads it, but only the kiosk trusts it, and only because
 * the manifest is signed with the district's Ed25519 release key whose public half is built into
 * the app. The signature covers the manifest's exact bytes (`SignedRendererRelease.manifest` is
 * the JSON text, not an object), so nobody has to agree on a canonical JSON form; the manifest in
 * turn names every file's size and SHA-256.
 */

export const RENDERER_RELEASE_FORMAT = 'living-room-renderer-release';

/** The signed file beside the built renderer (`dist/renderer/release.json`). */
export const RELEASE_FILE_NAME = 'release.json';

/** Caps that keep a corrupt or hostile manifest from filling the kiosk's disk. */
export const RELEASE_MAX_FILES = 2_000;
export const RELEASE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const RELEASE_TOTAL_MAX_BYTES = 80 * 1024 * 1024;
export const RELEASE_MANIFEST_MAX_CHARS = 512 * 1024;

/**
 * The IndexedDB schema versions this build's renderer opens (renderer/db: `kiosk-records` and
 * `kiosk-content`). A renderer-only release must need exactly these: a newer renderer that
 * upgraded the databases could not be rolled back to the bundled one after a crash loop
 * (IndexedDB will not open a database whose version is newer than the code), so schema changes
 * ship as installers. scripts/release/sign-renderer.test.ts checks these against the real databases.
 */
export const KIOSK_DB_SCHEMA = { records: 7, content: 1 } as const;

/** x.y.z, numbers only: releases are compared by these three numbers and nothing else. */
export const ReleaseVersion = z
  .string()
  .regex(/^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/, 'a version like 1.4.2');
export type ReleaseVersion = z.infer<typeof ReleaseVersion>;

/** Negative, zero or positive as `a` is older than, the same as or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A file's path inside the bundle, `/`-separated and relative. No `..`, `.` or empty segments,
 * no backslash, drive letter or leading slash, and only plain characters: the kiosk writes the
 * file at this path, so it must never leave the bundle folder on any OS.
 */
export const ReleaseFilePath = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/, 'a plain relative path')
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'no dot segments')
  .refine((p) => p !== RELEASE_FILE_NAME, `${RELEASE_FILE_NAME} is not part of the bundle`);

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

export const ReleaseFile = z.strictObject({
  path: ReleaseFilePath,
  size: z.int().nonnegative().max(RELEASE_FILE_MAX_BYTES),
  sha256: Sha256Hex,
});
export type ReleaseFile = z.infer<typeof ReleaseFile>;

export const RendererReleaseManifest = z
  .strictObject({
    format: z.literal(RENDERER_RELEASE_FORMAT),
    formatVersion: z.literal(1),
    version: ReleaseVersion,
    createdAt: z.iso.datetime({ offset: true }),
    /** The oldest installed app (Electron shell) whose preload and main this renderer works with. */
    minShellVersion: ReleaseVersion,
    /** The IndexedDB schema versions the renderer opens; must equal the shell's KIOSK_DB_SCHEMA. */
    dbSchema: z.strictObject({ records: z.int().positive(), content: z.int().positive() }),
    files: z.array(ReleaseFile).min(1).max(RELEASE_MAX_FILES),
  })
  .superRefine((manifest, ctx) => {
    // Case-insensitive: on Windows `A.js` and `a.js` are one file.
    const seen = new Set<string>();
    for (const file of manifest.files) {
      const key = file.path.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${file.path} is listed twice` });
      seen.add(key);
    }
    if (!manifest.files.some((f) => f.path === 'index.html'))
      ctx.addIssue({ code: 'custom', message: 'the bundle has no index.html' });
    const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
    if (total > RELEASE_TOTAL_MAX_BYTES)
      ctx.addIssue({ code: 'custom', message: 'the bundle is larger than the cap' });
  });
export type RendererReleaseManifest = z.infer<typeof RendererReleaseManifest>;

/** `release.json`: the manifest's JSON text and its Ed25519 signature. */
export const SignedRendererRelease = z.strictObject({
  manifest: z.string().min(2).max(RELEASE_MANIFEST_MAX_CHARS),
  /** Ed25519 over the UTF-8 bytes of `manifest`, base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a base64 Ed25519 signature'),
  /** Which key signed it (releaseKeyId), so "signed with another key" reads as that. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
});
export type SignedRendererRelease = z.infer<typeof SignedRendererRelease>;

/** Hub paths for renderer releases; both need the device credential. */
export const RELEASE_PATHS = {
  latest: '/api/v1/releases/renderer/latest',
  file: (sha256: string) => `/api/v1/releases/renderer/files/${sha256}`,
  filePattern: '/api/v1/releases/renderer/files/:sha256',
} as const;

/** Parse a manifest's text; null when it is not JSON or not a manifest. */
export function parseReleaseManifest(text: string): RendererReleaseManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = RendererReleaseManifest.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Why a kiosk will not take a release it could verify. Pure, so the rule is tested on its own:
 * - `not_newer`: the same as or older than what the kiosk runs or has ready (no downgrades);
 * - `shell_too_old`: the installed app is older than the release's minShellVersion;
 * - `db_schema`: the release needs other IndexedDB versions than this app (ship an installer);
 * - `rejected`: this version crash-looped here before.
 */
export type ReleaseRefusal = 'not_newer' | 'shell_too_old' | 'db_schema' | 'rejected';

export function judgeRelease(
  manifest: RendererReleaseManifest,
  kiosk: {
    shellVersion: string;
    /** Newest renderer the kiosk runs or has ready (the shell's own counts too). */
    newestVersion: string;
    dbSchema: { records: number; content: number };
    rejectedVersions: readonly string[];
  },
): ReleaseRefusal | null {
  if (kiosk.rejectedVersions.includes(manifest.version)) return 'rejected';
  if (compareVersions(manifest.version, kiosk.newestVersion) <= 0) return 'not_newer';
  if (compareVersions(kiosk.shellVersion, manifest.minShellVersion) < 0) return 'shell_too_old';
  if (
    manifest.dbSchema.records !== kiosk.dbSchema.records ||
    manifest.dbSchema.content !== kiosk.dbSchema.content
  )
    return 'db_schema';
  return null;
}
