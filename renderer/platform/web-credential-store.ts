import { openDeviceDb, type DeviceDb } from '../db/device-db';
import { DeviceCredential, type IpcReply } from '../../shared/ipc';

export { openDeviceDb, DEVICE_DB_NAME, type DeviceDb } from '../db/device-db';

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
