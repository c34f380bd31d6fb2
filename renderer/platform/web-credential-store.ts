import { Dexie, type EntityTable } from 'dexie';
import { DeviceCredential, type IpcReply } from '../../shared/ipc';

/**
 * The browser build keeps the device credential in its own small IndexedDB database, apart from
 * the records and the content, so clearing either never un-enrols the device (and the reverse).
 * A browser has no OS key store: this is as safe as the browser profile, which is why kiosks run
 * the Electron build (docs/deploy.md).
 */
export const DEVICE_DB_NAME = 'kiosk-device';

interface CredentialRow {
  key: 'device';
  credential: unknown;
}

export type DeviceDb = Dexie & { credential: EntityTable<CredentialRow, 'key'> };

export function openDeviceDb(name = DEVICE_DB_NAME): DeviceDb {
  const db = new Dexie(name) as DeviceDb;
  db.version(1).stores({ credential: 'key' });
  return db;
}

export interface CredentialStore {
  get(): Promise<IpcReply<DeviceCredential | null>>;
  set(credential: DeviceCredential): Promise<IpcReply<null>>;
  clear(): Promise<IpcReply<null>>;
}

export function createWebCredentialStore(db: DeviceDb = openDeviceDb()): CredentialStore {
  return {
    async get() {
      const row = await db.credential.get('device');
      const parsed = DeviceCredential.safeParse(row?.credential);
      // Anything stored that is no longer a valid credential means: enrol again.
      return { ok: true, value: parsed.success ? parsed.data : null };
    },
    async set(credential) {
      const parsed = DeviceCredential.safeParse(credential);
      if (!parsed.success) return { ok: false, error: 'bad_request' };
      await db.credential.put({ key: 'device', credential: parsed.data });
      return { ok: true, value: null };
    },
    async clear() {
      await db.credential.delete('device');
      return { ok: true, value: null };
    },
  };
}
