import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import { hashPin, PinHash, verifyPin } from '../../../shared/desk/pin';
import {
  afterRightPin,
  afterWrongPin,
  lockoutStatus,
  type LockoutState,
} from '../../../shared/desk/lockout';

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
const FAILURES_KEY = 'technician:wrongPins';
const LOCKED_UNTIL_KEY = 'technician:lockedUntil';

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

async function readLockout(db: RecordsDb): Promise<LockoutState> {
  const [failures, until] = await Promise.all([
    db.counters.get(FAILURES_KEY),
    db.counters.get(LOCKED_UNTIL_KEY),
  ]);
  return { failures: failures?.value ?? 0, lockedUntil: until?.value ?? null };
}

async function writeLockout(db: RecordsDb, state: LockoutState): Promise<void> {
  await db.transaction('rw', db.counters, async () => {
    await db.counters.put({ key: FAILURES_KEY, value: state.failures });
    if (state.lockedUntil === null) await db.counters.delete(LOCKED_UNTIL_KEY);
    else await db.counters.put({ key: LOCKED_UNTIL_KEY, value: state.lockedUntil });
  });
}

export async function technicianLockout(db: RecordsDb, now = Date.now()) {
  return lockoutStatus(await readLockout(db), now);
}

export type TechnicianUnlock =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; retryInMs: number }
  | { kind: 'noPin' };

/**
 * Check the technician PIN unless locked out; count a wrong one. The count is stored, so a reload
 * gives no fresh tries (shared/desk/lockout.ts: five wrong tries lock for five minutes).
 */
export async function tryTechnicianPin(
  dbs: { records: RecordsDb; content: ContentDb },
  pin: string,
  now: () => number = Date.now,
): Promise<TechnicianUnlock> {
  const before = lockoutStatus(await readLockout(dbs.records), now());
  if (before.locked) return { kind: 'locked', retryInMs: before.retryInMs };
  const stored = await readTechnicianPin(dbs.content);
  if (!stored) return { kind: 'noPin' };
  if (await verifyPin(pin, stored)) {
    await writeLockout(dbs.records, afterRightPin());
    return { kind: 'unlocked' };
  }
  const at = now();
  const state = afterWrongPin(await readLockout(dbs.records), at);
  await writeLockout(dbs.records, state);
  const after = lockoutStatus(state, at);
  return after.locked
    ? { kind: 'locked', retryInMs: after.retryInMs }
    : { kind: 'wrong', triesLeft: after.triesLeft };
}
