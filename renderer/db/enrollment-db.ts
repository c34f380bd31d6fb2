import { Dexie, type EntityTable } from 'dexie';
import { z } from 'zod';
import { DeviceCredential } from '../../shared/sync/protocol';
import { HubUrl } from '../../shared/ipc';

/**
 * An enrollment the kiosk has asked for and not yet seen answered: the hub, the code, and the
 * credential this kiosk made for itself. It is written (strict durability) BEFORE the request
 * goes out, so if the answer is lost (a cut cable, a crash, a reload) the next try sends the SAME
 * credential with the same code and the hub gives back the same device instead of "code used".
 */
export interface PendingEnrollment {
  hubUrl: string;
  /** Normalised as the hub compares codes: upper case, no spaces or dashes. */
  code: string;
  credential: string;
}

/** Where the pending enrollment is kept; one at a time. */
export interface PendingEnrollments {
  get(): Promise<PendingEnrollment | null>;
  put(pending: PendingEnrollment): Promise<void>;
  /** Forget it, but only if it is still this credential (another tab may have begun another). */
  forget(credential: string): Promise<void>;
}

export const ENROLLMENT_DB_NAME = 'kiosk-enrollment';

const StoredPending = z.object({
  hubUrl: HubUrl,
  code: z.string().min(1).max(32),
  credential: DeviceCredential,
});

interface PendingRow {
  key: 'pending';
  value: unknown;
}

type EnrollmentDb = Dexie & { pending: EntityTable<PendingRow, 'key'> };

/**
 * Its own small database, apart from records and content: a factory reset or a content wipe
 * must not make a half-finished enrollment spend its code twice, and the reverse. Like the web
 * build's credential store, this is as safe as the browser profile; the secret lives here only
 * until the hub's answer arrives and the credential is in the platform's store.
 */
export function openPendingEnrollments(name = ENROLLMENT_DB_NAME): PendingEnrollments {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as EnrollmentDb;
  db.version(1).stores({ pending: 'key' });
  return {
    async get() {
      const row = await db.pending.get('pending');
      // Anything that no longer parses is as good as nothing: a new credential is made.
      const parsed = StoredPending.safeParse(row?.value);
      return parsed.success ? parsed.data : null;
    },
    async put(pending) {
      await db.pending.put({ key: 'pending', value: { ...pending } });
    },
    async forget(credential) {
      await db.transaction('rw', db.pending, async () => {
        const row = await db.pending.get('pending');
        if ((row?.value as Partial<PendingEnrollment> | undefined)?.credential === credential)
          await db.pending.delete('pending');
      });
    },
  };
}
