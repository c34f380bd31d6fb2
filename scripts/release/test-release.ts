import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SignedRendererRelease } from '../../shared/release/manifest';
import { generateReleaseKeyPair, type ReleaseKeyPair } from './release-key';
import { signRendererDir, type SignOptions } from './sign-renderer';

/**
 * For tests only: a small built renderer in a temp folder, signed with a key pair made on the
 * spot. No private key is ever committed; each test run has its own.
 */
export const SAMPLE_BUNDLE: Record<string, string> = {
  'index.html': '<!doctype html><title>kiosk 0.2.0</title><script src="assets/index-2b.js"></script>',
  'assets/index-2b.js': 'console.log("renderer 0.2.0");',
  'assets/index-2b.css': 'body{margin:0}',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

export interface TestRelease {
  dir: string;
  keys: ReleaseKeyPair;
  signed: SignedRendererRelease;
}

export function writeBundle(files: Record<string, string | Uint8Array>, dir?: string): string {
  const root = dir ?? mkdtempSync(path.join(tmpdir(), 'renderer-release-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function makeTestRelease(
  options: Partial<Omit<SignOptions, 'dir' | 'privateKeyPem'>> & {
    files?: Record<string, string | Uint8Array>;
    keys?: ReleaseKeyPair;
  } = {},
): TestRelease {
  const keys = options.keys ?? generateReleaseKeyPair();
  const dir = writeBundle(options.files ?? SAMPLE_BUNDLE);
  const signed = signRendererDir({
    dir,
    privateKeyPem: keys.privateKeyPem,
    version: options.version ?? '0.2.0',
    minShellVersion: options.minShellVersion ?? '0.1.0',
    ...(options.dbSchema ? { dbSchema: options.dbSchema } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { dir, keys, signed };
}
