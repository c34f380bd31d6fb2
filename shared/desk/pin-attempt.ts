import { verifyPin, type PinHash } from './pin';
import {
  afterRightPin,
  afterWrongPin,
  lockoutStatus,
  type LockoutState,
  type LockoutStatus,
} from './lockout';

/**
 * Where a screen keeps its lockout count. The kiosk keeps it in its records database, so a reload
 * gives no fresh tries; each screen (desk, technician) has its own count.
 */
export interface LockoutStore {
  read(): Promise<LockoutState>;
  write(state: LockoutState): Promise<void>;
}

export type PinAttempt =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; retryInMs: number };

/** No PIN was ever set (the technician PIN before the wizard stored one). */
export type NoPin = { kind: 'noPin' };

export async function readLockoutStatus(store: LockoutStore, now: number): Promise<LockoutStatus> {
  return lockoutStatus(await store.read(), now);
}

/**
 * Check a PIN against its stored hash unless the screen is locked out; count a wrong one
 * (lockout.ts: five wrong tries in a row lock for five minutes). While locked nothing is checked
 * or counted, not even whether a PIN was set.
 */
export function tryPin(
  store: LockoutStore,
  pin: string,
  expected: PinHash,
  now: () => number,
): Promise<PinAttempt>;
export function tryPin(
  store: LockoutStore,
  pin: string,
  expected: PinHash | null,
  now: () => number,
): Promise<PinAttempt | NoPin>;
export async function tryPin(
  store: LockoutStore,
  pin: string,
  expected: PinHash | null,
  now: () => number,
): Promise<PinAttempt | NoPin> {
  const before = await readLockoutStatus(store, now());
  if (before.locked) return { kind: 'locked', retryInMs: before.retryInMs };
  if (expected === null) return { kind: 'noPin' };
  if (await verifyPin(pin, expected)) {
    await store.write(afterRightPin());
    return { kind: 'unlocked' };
  }
  // Read again after the slow hash: another try may have been counted meanwhile.
  const at = now();
  const state = afterWrongPin(await store.read(), at);
  await store.write(state);
  const after = lockoutStatus(state, at);
  return after.locked
    ? { kind: 'locked', retryInMs: after.retryInMs }
    : { kind: 'wrong', triesLeft: after.triesLeft };
}
