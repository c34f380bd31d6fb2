import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateReleaseKeyPair, releaseKeyId } from './release-key';

/**
 * `npx tsx scripts/release/keygen.ts <dir>`: a new Ed25519 release key pair as
 * `<dir>/renderer-release.key` (private, mode 600) and `<dir>/renderer-release.pub.pem`.
 * Refuses to overwrite: losing the private key means every kiosk needs a new installer.
 */
export function writeReleaseKeyPair(dir: string): { privateKeyFile: string; publicKeyFile: string; keyId: string } {
  const privateKeyFile = path.join(dir, 'renderer-release.key');
  const publicKeyFile = path.join(dir, 'renderer-release.pub.pem');
  for (const file of [privateKeyFile, publicKeyFile])
    if (existsSync(file)) throw new Error(`${file} exists; not overwriting a release key`);
  const pair = generateReleaseKeyPair();
  writeFileSync(privateKeyFile, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicKeyFile, pair.publicKeyPem, { flag: 'wx' });
  return { privateKeyFile, publicKeyFile, keyId: releaseKeyId(pair.publicKeyPem) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/release/keygen.ts <folder outside the repository>');
    process.exit(2);
  }
  const written = writeReleaseKeyPair(path.resolve(dir));
  console.info(`private key: ${written.privateKeyFile}  (keep it offline; never commit it)`);
  console.info(`public key:  ${written.publicKeyFile}  (key id ${written.keyId})`);
  console.info('Build the app with RENDERER_RELEASE_PUBLIC_KEY=<public key file> npm run dist.');
}
