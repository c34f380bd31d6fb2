import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  KIOSK_DB_SCHEMA,
  RELEASE_FILE_NAME,
  RENDERER_RELEASE_FORMAT,
  RendererReleaseManifest,
  ReleaseVersion,
  type ReleaseFile,
  type SignedRendererRelease,
} from '../../shared/release/manifest';
import { releaseKeyId } from './release-key';

export interface SignOptions {
  /** The built renderer (`dist/renderer`). */
  dir: string;
  privateKeyPem: string;
  version: string;
  minShellVersion: string;
  dbSchema?: { records: number; content: number };
  now?: Date;
}

/** Every file under `dir` but release.json, `/`-separated, in a stable order. */
export function listBundleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) {
        if (rel !== RELEASE_FILE_NAME) found.push(rel);
      } else throw new Error(`${rel} is neither a file nor a folder (a link?); not signing it`);
    }
  };
  walk('');
  return found.sort();
}

export function describeFile(dir: string, rel: string): ReleaseFile {
  const bytes = readFileSync(path.join(dir, ...rel.split('/')));
  return { path: rel, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Sign a built renderer: hash every file, write the manifest, sign its exact text with the
 * release key, and write `release.json` into the folder. The manifest is checked with the same
 * schema the hub and the kiosk use, so a bundle they would refuse is refused here first.
 */
export function signRendererDir(options: SignOptions): SignedRendererRelease {
  const manifest = RendererReleaseManifest.parse({
    format: RENDERER_RELEASE_FORMAT,
    formatVersion: 1,
    version: ReleaseVersion.parse(options.version),
    createdAt: (options.now ?? new Date()).toISOString(),
    minShellVersion: ReleaseVersion.parse(options.minShellVersion),
    dbSchema: options.dbSchema ?? { ...KIOSK_DB_SCHEMA },
    files: listBundleFiles(options.dir).map((rel) => describeFile(options.dir, rel)),
  });
  const text = JSON.stringify(manifest);
  const key = createPrivateKey(options.privateKeyPem);
  const signed: SignedRendererRelease = {
    manifest: text,
    signature: sign(null, Buffer.from(text, 'utf8'), key).toString('base64'),
    keyId: releaseKeyId(key),
  };
  writeFileSync(path.join(options.dir, RELEASE_FILE_NAME), `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}

const USAGE = `usage: npx tsx scripts/release/sign-renderer.ts --key <private key file> --version <x.y.z> --min-shell <x.y.z> [--dist dist/renderer]

Writes <dist>/release.json. Then on the hub: npm run hub -- release publish <dist>`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { values } = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist/renderer' },
        key: { type: 'string' },
        version: { type: 'string' },
        'min-shell': { type: 'string' },
      },
      strict: true,
    });
    if (!values.key || !values.version || !values['min-shell']) throw new Error('missing option');
    const dir = path.resolve(values.dist);
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
    const signed = signRendererDir({
      dir,
      privateKeyPem: readFileSync(path.resolve(values.key), 'utf8'),
      version: values.version,
      minShellVersion: values['min-shell'],
    });
    const manifest = RendererReleaseManifest.parse(JSON.parse(signed.manifest));
    console.info(
      `signed renderer ${manifest.version} (${manifest.files.length} files, key ${signed.keyId}): ${path.join(dir, RELEASE_FILE_NAME)}`,
    );
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}
