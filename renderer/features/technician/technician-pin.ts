import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import type { DeviceDb } from '../../db/device-db';
import { countersLockoutStore } from '../../db/lockout-counters';
import { hashPin, PinHash } from '../../../shared/desk/pin';
import {
  readLockoutStatus,
  tryPin,
  type NoPin,
  type PinAttempt,
} from '../../../shared/desk/pin-attempt';

/** The technician PIN is exactly six digits (volunteer PINs may be 4-8). */
export const TECHNICIAN_PIN_PATTERN = /^\d{6}$/;
export const TECHNICIAN_PIN_LENGTH = 6;

/**
 * Kept in the device database (db/device-db.ts, `kept`), which no content wipe or hub change can
 * touch; only the salted PBKDF2 hash is stored. A factory reset deletes it with everything else.
 * Kiosks before issue 15 kept it in the wipeable content database under this same key: the first
 * read moves it (readTechnicianPin).
 */
export const TECHNICIAN_PIN_KEY = 'local:technicianPin';

/** Where the PIN is read from: the device database, and the content database it moves out of. */
export interface PinDbs {
  device: DeviceDb;
  content: ContentDb;
}

/** The lockout count lives in the records database, like the desk's, under its own keys. */
const technicianLockoutStore = (db: RecordsDb) =>
  countersLockoutStore(db, {
    failures: 'technician:wrongPins',
    lockedUntil: 'technician:lockedUntil',
  });

export function isTechnicianPin(pin: string): boolean {
  return TECHNICIAN_PIN_PATTERN.test(pin);
}

export async function readTechnicianPin(dbs: PinDbs): Promise<PinHash | null> {
  const kept = PinHash.safeParse((await dbs.device.kept.get(TECHNICIAN_PIN_KEY))?.value);
  if (kept.success) return kept.data;
  // An older kiosk's PIN, in the content database: copy it to the device database first, and
  // only then delete the old one, so a cut between the two never loses it.
  const old = PinHash.safeParse((await dbs.content.content.get(TECHNICIAN_PIN_KEY))?.value);
  if (!old.success) return null;
  await dbs.device.kept.put({ key: TECHNICIAN_PIN_KEY, value: old.data });
  await dbs.content.content.delete(TECHNICIAN_PIN_KEY);
  return old.data;
}

export async function hasTechnicianPin(dbs: PinDbs): Promise<boolean> {
  return (await readTechnicianPin(dbs)) !== null;
}

export async function saveTechnicianPin(
  device: DeviceDb,
  pin: string,
  iterations?: number,
): Promise<void> {
  if (!isTechnicianPin(pin)) throw new RangeError('the technician PIN is six digits');
  const value = await hashPin(pin, iterations === undefined ? {} : { iterations });
  await device.kept.put({ key: TECHNICIAN_PIN_KEY, value });
}

export function technicianLockout(db: RecordsDb, now = Date.now()) {
  return readLockoutStatus(technicianLockoutStore(db), now);
}

export type TechnicianUnlock = PinAttempt | NoPin;

/**
 * Check the technician PIN unless locked out; count a wrong one. The count is stored, so a reload
 * gives no fresh tries (shared/desk/lockout.ts: five wrong tries lock for five minutes).
 */
export async function tryTechnicianPin(
  dbs: PinDbs & { records: RecordsDb },
  pin: string,
  now: () => number = Date.now,
): Promise<TechnicianUnlock> {
  const stored = await readTechnicianPin(dbs);
  return tryPin(technicianLockoutStore(dbs.records), pin, stored, now);
}
