import { verifyPin, type PinHash } from './pin';
import {
  afterRightPin,
  afterWrongPin,
  DEFAULT_LOCKOUT,
  lockoutStatus,
  type LockoutPolicy,
  type LockoutStatus,
} from './lockout';
import type { LockoutStore } from './pin-attempt';

/**
 * Unlocking the front desk: each volunteer has their own count, so one volunteer's forgotten PIN
 * (or someone guessing at one name) locks only that name: five wrong in a row, five minutes
 * (`DEFAULT_LOCKOUT`). The others keep working.
 *
 * Counting per name alone would let a guesser try five PINs at every name on the roster every
 * five minutes (a room's ten volunteers: 600 guesses an hour at four-digit PINs). So the device
 * keeps a backstop count of wrong PINs in a row at any name, reset by any right PIN: at
 * `DEVICE_BACKSTOP.maxTries` the whole desk locks for `lockMs`. That is far above what volunteers
 * mistyping ever reach between two good unlocks, and holds a guesser to about 80 tries an hour,
 * no faster than the old one-count-per-device rule allowed.
 */
export const DEVICE_BACKSTOP: LockoutPolicy = { maxTries: 20, lockMs: 15 * 60_000 };

export interface VolunteerLockoutStores {
  /** This volunteer's own count. */
  volunteer: LockoutStore;
  /** The device-wide backstop count. */
  device: LockoutStore;
}

export type LockScope = 'volunteer' | 'device';

export type VolunteerPinAttempt =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; scope: LockScope; retryInMs: number };

export type VolunteerLockStatus =
  { locked: false; triesLeft: number } | { locked: true; scope: LockScope; retryInMs: number };

/** Whether this volunteer may try a PIN now; the device's lock comes first (it covers everyone). */
export async function volunteerLockStatus(
  stores: VolunteerLockoutStores,
  now: number,
): Promise<VolunteerLockStatus> {
  const [device, mine] = await Promise.all([stores.device.read(), stores.volunteer.read()]);
  return combine(lockoutStatus(device, now, DEVICE_BACKSTOP), lockoutStatus(mine, now));
}

/** Check a volunteer's PIN unless they (or the device) are locked out; count a wrong one in both. */
export async function tryVolunteerPin(
  stores: VolunteerLockoutStores,
  pin: string,
  expected: PinHash,
  now: () => number,
): Promise<VolunteerPinAttempt> {
  const before = await volunteerLockStatus(stores, now());
  if (before.locked) return { kind: 'locked', scope: before.scope, retryInMs: before.retryInMs };
  if (await verifyPin(pin, expected)) {
    await Promise.all([
      stores.volunteer.write(afterRightPin()),
      stores.device.write(afterRightPin()),
    ]);
    return { kind: 'unlocked' };
  }
  // Read again after the slow hash: another try may have been counted meanwhile.
  const at = now();
  const [device, mine] = await Promise.all([stores.device.read(), stores.volunteer.read()]);
  const nextDevice = afterWrongPin(device, at, DEVICE_BACKSTOP);
  const nextMine = afterWrongPin(mine, at, DEFAULT_LOCKOUT);
  await Promise.all([stores.device.write(nextDevice), stores.volunteer.write(nextMine)]);
  const after = combine(
    lockoutStatus(nextDevice, at, DEVICE_BACKSTOP),
    lockoutStatus(nextMine, at, DEFAULT_LOCKOUT),
  );
  return after.locked
    ? { kind: 'locked', scope: after.scope, retryInMs: after.retryInMs }
    : { kind: 'wrong', triesLeft: after.triesLeft };
}

function combine(device: LockoutStatus, mine: LockoutStatus): VolunteerLockStatus {
  if (device.locked) return { locked: true, scope: 'device', retryInMs: device.retryInMs };
  if (mine.locked) return { locked: true, scope: 'volunteer', retryInMs: mine.retryInMs };
  // Whichever limit is nearer: the backstop only once a guesser has gone through several names.
  return { locked: false, triesLeft: Math.min(mine.triesLeft, device.triesLeft) };
}
