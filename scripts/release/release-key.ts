import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * The district's renderer release key: Ed25519, PEM files (PKCS#8 private, SPKI public). The
 * private key stays with whoever builds releases, off every kiosk and hub; the public key is
 * built into the app (scripts/build-electron.ts) and given to the hub (`release publish --key`).
 */
export interface ReleaseKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateReleaseKeyPair(): ReleaseKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** First 16 hex digits of the SHA-256 of the public key (SPKI DER); the same in hub and kiosk. */
export function releaseKeyId(key: KeyObject | string): string {
  const publicKey = typeof key === 'string' ? createPublicKey(key) : createPublicKey(key);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}
