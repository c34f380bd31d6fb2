import { Dexie, type EntityTable } from 'dexie';

/**
 * The kiosk's own small database, apart from the records and the content, so clearing either
 * never un-enrols the device (and the reverse), and nothing a technician must keep is wiped with
 * what the hub can send again.
 *
 * - `credential`: the browser build's device credential. A browser has no OS key store: this is
 *   as safe as the browser profile, which is why kiosks run the Electron build (docs/deploy.md).
 * - `kept` (v2): what the technician sets and must keep, e.g. the technician PIN's salted hash
 *   (features/technician/technician-pin.ts). Before v2 that lived in the wipeable content database.
 */
export const DEVICE_DB_NAME = 'kiosk-device';

export interface CredentialRow {
  key: 'device';
  credential: unknown;
}

/** One kept value, validated by whoever reads it. */
export interface KeptRow {
  key: string;
  value: unknown;
}

export type DeviceDb = Dexie & {
  credential: EntityTable<CredentialRow, 'key'>;
  kept: EntityTable<KeptRow, 'key'>;
};

export function openDeviceDb(name = DEVICE_DB_NAME): DeviceDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as DeviceDb;
  db.version(1).stores({ credential: 'key' });
  db.version(2).stores({ kept: 'key' });
  return db;
}
