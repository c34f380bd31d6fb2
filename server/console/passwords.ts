import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

/**
 * Password hashing: argon2id (RFC 9106) through @node-rs/argon2's prebuilt binary, with its
 * defaults (19 MiB, 2 passes, 1 lane: OWASP's minimum for argon2id). The result is a PHC string
 * that carries the algorithm, the parameters and a fresh random salt per hash, so nothing else is
 * stored and parameters can be raised later without breaking old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A damaged hash never lets anyone in.
    return false;
  }
}

/**
 * A hash of a password nobody has, verified when the username is unknown, so a wrong username
 * takes as long as a wrong password and the answer's timing does not tell which accounts exist.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('no such account: this hash only costs time');
  return decoy;
}
