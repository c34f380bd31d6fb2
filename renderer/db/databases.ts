import { Dexie } from 'dexie';
import { CONTENT_DB_NAME } from './content-db';
import { DEVICE_DB_NAME } from './device-db';
import { ENROLLMENT_DB_NAME } from './enrollment-db';
import { RECORDS_DB_NAME } from './records-db';

/**
 * Every IndexedDB database the kiosk keeps, each opened only by its module in this folder with
 * one complete typed schema. Which of them a wipe may clear:
 * - `kiosk-records`: what residents and volunteers entered, the outbox, the desk's cases.
 * - `kiosk-content`: what the hub sends; may be wiped at any time and pulled again.
 * - `kiosk-device`: the browser build's credential and what the technician set (never wiped but
 *   by a factory reset).
 * - `kiosk-enrollment`: an enrollment asked for and not yet answered.
 */
export const KIOSK_DATABASES = [
  RECORDS_DB_NAME,
  CONTENT_DB_NAME,
  DEVICE_DB_NAME,
  ENROLLMENT_DB_NAME,
] as const;

/** Whether a database of this name exists (tests of wipes and resets). */
export function databaseExists(name: string): Promise<boolean> {
  return Dexie.exists(name);
}
