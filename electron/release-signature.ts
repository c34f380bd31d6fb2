import { createHash, createPublicKey, verify } from 'node:crypto';
import {
  SignedRendererRelease,
  parseReleaseManifest,
  type RendererReleaseManifest,
} from '../shared/release/manifest';

export type SignatureProblem = 'malformed' | 'wrong_key' | 'bad_signature' | 'invalid_manifest';

export type VerifiedRelease =
  | { ok: true; signed: SignedRendererRelease; manifest: RendererReleaseManifest }
  | { ok: false; problem: SignatureProblem };

/** The key id the signing script writes: SHA-256 of the SPKI DER, first 16 hex digits. */
export function releaseKeyId(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * Check a `release.json` against the public key built into the app. The signature is checked
 * on the manifest's exact text before that text is even parsed: nothing unsigned is trusted.
 */
export function verifyRelease(raw: unknown, publicKeyPem: string): VerifiedRelease {
  const signed = SignedRendererRelease.safeParse(raw);
  if (!signed.success) return { ok: false, problem: 'malformed' };
  if (signed.data.keyId !== releaseKeyId(publicKeyPem)) return { ok: false, problem: 'wrong_key' };
  const valid = verify(
    null,
    Buffer.from(signed.data.manifest, 'utf8'),
    createPublicKey(publicKeyPem),
    Buffer.from(signed.data.signature, 'base64'),
  );
  if (!valid) return { ok: false, problem: 'bad_signature' };
  const manifest = parseReleaseManifest(signed.data.manifest);
  if (!manifest) return { ok: false, problem: 'invalid_manifest' };
  return { ok: true, signed: signed.data, manifest };
}
