import type { RecordsDb } from '../../db/records-db';
import { countersLockoutStore } from '../../db/lockout-counters';
import type { Volunteer } from '../../../shared/desk/volunteers';
import { lockoutStatus } from '../../../shared/desk/lockout';
import {
  DEVICE_BACKSTOP,
  tryVolunteerPin,
  volunteerLockStatus,
  type VolunteerLockoutStores,
  type VolunteerLockStatus,
  type VolunteerPinAttempt,
} from '../../../shared/desk/volunteer-unlock';

/**
 * The lockout counts are kept in the records database, so a reload does not give more tries: one
 * per volunteer, and the device's backstop (shared/desk/volunteer-unlock.ts says why). Counts
 * written under the old device-wide keys (`desk:wrongPins`) are no longer read.
 */
function lockoutStores(db: RecordsDb, volunteerId: string): VolunteerLockoutStores {
  return {
    volunteer: countersLockoutStore(db, {
      failures: `desk:wrongPins:${volunteerId}`,
      lockedUntil: `desk:lockedUntil:${volunteerId}`,
    }),
    device: deviceStore(db),
  };
}

const deviceStore = (db: RecordsDb) =>
  countersLockoutStore(db, {
    failures: 'desk:device:wrongPins',
    lockedUntil: 'desk:device:lockedUntil',
  });

/** Whether this volunteer may try a PIN now (their own lock, or the device's). */
export function currentLockout(
  db: RecordsDb,
  volunteerId: string,
  now = Date.now(),
): Promise<VolunteerLockStatus> {
  return volunteerLockStatus(lockoutStores(db, volunteerId), now);
}

export type UnlockResult = VolunteerPinAttempt;

/** Whether the whole desk is locked (the device's backstop), whoever is chosen. */
export async function deviceLockout(db: RecordsDb, now = Date.now()): Promise<VolunteerLockStatus> {
  const status = lockoutStatus(await deviceStore(db).read(), now, DEVICE_BACKSTOP);
  return status.locked ? { locked: true, scope: 'device', retryInMs: status.retryInMs } : status;
}

/** Check a PIN for a volunteer, unless they or the device are locked out; count a wrong one. */
export function tryUnlock(
  db: RecordsDb,
  volunteer: Volunteer,
  pin: string,
  now: () => number = Date.now,
): Promise<UnlockResult> {
  return tryVolunteerPin(lockoutStores(db, volunteer.id), pin, volunteer.pin, now);
}
