import { z } from 'zod';

/**
 * Volunteer PINs are kept only as salted, slow hashes: PBKDF2-SHA256 through WebCrypto
 * (`globalThis.crypto.subtle`, present in Chromium's secure contexts, Electron's app:// and
 * Node 20), a random 16-byte salt per PIN and at least 100,000 iterations. A PIN has 4-8 digits,
 * so the hash alone cannot protect it against a patient attacker with the database; the slow hash
 * raises that cost, and the lockout (lockout.ts) limits guessing at the screen.
 */
export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_MIN_ITERATIONS = 100_000;
export const PIN_DEFAULT_ITERATIONS = 210_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

const Base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((s) => decodeBase64(s)?.length === bytes, `${bytes} bytes, base64`);

export const PinHash = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.int().min(PIN_MIN_ITERATIONS).max(10_000_000),
  salt: Base64(SALT_BYTES),
  hash: Base64(HASH_BYTES),
});
export type PinHash = z.infer<typeof PinHash>;

export function isPinShaped(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function hashPin(
  pin: string,
  options: { iterations?: number; salt?: Uint8Array<ArrayBuffer> } = {},
): Promise<PinHash> {
  if (!isPinShaped(pin)) throw new RangeError('a PIN is 4-8 digits');
  const iterations = options.iterations ?? PIN_DEFAULT_ITERATIONS;
  if (iterations < PIN_MIN_ITERATIONS) throw new RangeError('too few iterations');
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  if (salt.length !== SALT_BYTES) throw new RangeError('the salt is 16 bytes');
  const hash = await derive(pin, salt, iterations);
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: encodeBase64(salt),
    hash: encodeBase64(hash),
  };
}

/** True if `pin` matches. A malformed stored hash never matches (and never throws). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const parsed = PinHash.safeParse(stored);
  if (!parsed.success || !isPinShaped(pin)) return false;
  const salt = decodeBase64(parsed.data.salt);
  const expected = decodeBase64(parsed.data.hash);
  if (!salt || !expected) return false;
  const actual = await derive(pin, salt, parsed.data.iterations);
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever it finds, so the time taken says nothing about where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
