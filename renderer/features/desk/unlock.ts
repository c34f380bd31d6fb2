import type { RecordsDb } from '../../db/records-db';
import { countersLockoutStore } from '../../db/lockout-counters';
import type { LockoutStatus } from '../../../shared/desk/lockout';
import { readLockoutStatus, tryPin, type PinAttempt } from '../../../shared/desk/pin-attempt';
import type { Volunteer } from '../../../shared/desk/volunteers';

/**
 * The lockout count is kept in the records database, so a reload does not give five more tries.
 * It is counted per device, not per volunteer: guessing through the names gains nothing.
 */
const deskLockout = (db: RecordsDb) =>
  countersLockoutStore(db, { failures: 'desk:wrongPins', lockedUntil: 'desk:lockedUntil' });

export function currentLockout(db: RecordsDb, now = Date.now()): Promise<LockoutStatus> {
  return readLockoutStatus(deskLockout(db), now);
}

export type UnlockResult = PinAttempt;

/** Check a PIN for a volunteer, unless the desk is locked out; count a wrong one. */
export function tryUnlock(
  db: RecordsDb,
  volunteer: Volunteer,
  pin: string,
  now: () => number = Date.now,
): Promise<UnlockResult> {
  return tryPin(deskLockout(db), pin, volunteer.pin, now);
}
