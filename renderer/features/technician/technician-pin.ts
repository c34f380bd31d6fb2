import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
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
 * Kept in the content database under a `local:` key, which no hub change can overwrite (hub
 * content lives under `hub:` keys and the catalogue key). Only the salted PBKDF2 hash is stored.
 * A factory reset deletes it with everything else.
 */
export const TECHNICIAN_PIN_KEY = 'local:technicianPin';

/** The lockout count lives in the records database, like the desk's, under its own keys. */
const technicianLockoutStore = (db: RecordsDb) =>
  countersLockoutStore(db, {
    failures: 'technician:wrongPins',
    lockedUntil: 'technician:lockedUntil',
  });

export function isTechnicianPin(pin: string): boolean {
  return TECHNICIAN_PIN_PATTERN.test(pin);
}

export async function readTechnicianPin(db: ContentDb): Promise<PinHash | null> {
  const parsed = PinHash.safeParse((await db.content.get(TECHNICIAN_PIN_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function hasTechnicianPin(db: ContentDb): Promise<boolean> {
  return (await readTechnicianPin(db)) !== null;
}

export async function saveTechnicianPin(
  db: ContentDb,
  pin: string,
  now: Date = new Date(),
  iterations?: number,
): Promise<void> {
  if (!isTechnicianPin(pin)) throw new RangeError('the technician PIN is six digits');
  const value = await hashPin(pin, iterations === undefined ? {} : { iterations });
  await db.content.put({ key: TECHNICIAN_PIN_KEY, value, updatedAt: now.toISOString() });
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
  dbs: { records: RecordsDb; content: ContentDb },
  pin: string,
  now: () => number = Date.now,
): Promise<TechnicianUnlock> {
  const stored = await readTechnicianPin(dbs.content);
  return tryPin(technicianLockoutStore(dbs.records), pin, stored, now);
}
