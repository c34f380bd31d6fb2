import type { RecordsDb } from '../../db/records-db';
import { verifyPin } from '../../../shared/desk/pin';
import type { Volunteer } from '../../../shared/desk/volunteers';
import {
  afterRightPin,
  afterWrongPin,
  lockoutStatus,
  type LockoutState,
  type LockoutStatus,
} from '../../../shared/desk/lockout';

/**
 * The lockout count is kept in the records database, so a reload does not give five more tries.
 * It is counted per device, not per volunteer: guessing through the names gains nothing.
 */
const FAILURES_KEY = 'desk:wrongPins';
const LOCKED_UNTIL_KEY = 'desk:lockedUntil';

export async function readLockout(db: RecordsDb): Promise<LockoutState> {
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

export async function currentLockout(db: RecordsDb, now = Date.now()): Promise<LockoutStatus> {
  return lockoutStatus(await readLockout(db), now);
}

export type UnlockResult =
  | { kind: 'unlocked' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; retryInMs: number };

/** Check a PIN for a volunteer, unless the desk is locked out; count a wrong one. */
export async function tryUnlock(
  db: RecordsDb,
  volunteer: Volunteer,
  pin: string,
  now: () => number = Date.now,
): Promise<UnlockResult> {
  const before = lockoutStatus(await readLockout(db), now());
  if (before.locked) return { kind: 'locked', retryInMs: before.retryInMs };
  if (await verifyPin(pin, volunteer.pin)) {
    await writeLockout(db, afterRightPin());
    return { kind: 'unlocked' };
  }
  const at = now();
  const state = afterWrongPin(await readLockout(db), at);
  await writeLockout(db, state);
  const after = lockoutStatus(state, at);
  return after.locked
    ? { kind: 'locked', retryInMs: after.retryInMs }
    : { kind: 'wrong', triesLeft: after.triesLeft };
}
