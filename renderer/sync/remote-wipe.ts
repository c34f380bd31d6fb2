import { eraseDatabases, type KioskDatabase } from '../db/erase';
import { writeKioskLock, type LockStorage } from '../features/locked/kiosk-lock';
import { SyncFailure } from './sync-failure';

/**
 * Remote wipe (docs/privacy.md, "A lost or stolen kiosk"; docs/sync-protocol.md, "Remote wipe").
 * The hub answered `device_lost`: whatever the kiosk still had to send was either taken already
 * (the office chose "send first": the hub accepted this run's push) or is given up. So:
 * 1. lock first, so that a power cut mid-wipe comes back to the locked screen and wipes again;
 * 2. erase every table of every database that holds residents' or cases' data (records, outbox,
 *    quarantine, cases; the hub's content with its case copies and the desk roster);
 * 3. confirm to the hub, which then revokes the credential;
 * 4. mark the lock `wiped`.
 * A failed confirmation leaves the lock at `wiping`: `finishWipe` tries again from the locked
 * screen. The data is gone before the first request leaves either way.
 */
export interface WipeDeps {
  /** Every database that may hold personal data (the kiosk's records and the hub's content). */
  databases: readonly KioskDatabase[];
  /** Tell the hub the wipe is done (`POST /api/v1/wiped`). */
  confirm: () => Promise<unknown>;
  storage?: LockStorage;
}

export async function wipeKiosk(deps: WipeDeps): Promise<'wiped' | 'unconfirmed'> {
  writeKioskLock('wiping', deps.storage);
  await eraseDatabases(deps.databases);
  try {
    await deps.confirm();
  } catch (error) {
    // A re-sent confirmation after a lost answer: the hub revoked the credential already.
    if (!(error instanceof SyncFailure && error.code === 'device_revoked')) return 'unconfirmed';
  }
  writeKioskLock('wiped', deps.storage);
  return 'wiped';
}
