import type { ContentDb } from '../../db/content-db';
import { DeviceLabel } from '../../../shared/device-label';
import { putLocalEntry, readLocalEntry } from './local-entry';

/**
 * The label this kiosk enrolled with, for technician mode and the next "Enroll again"; a factory
 * reset deletes it with the enrollment.
 */
export const DEVICE_LABEL_KEY = 'local:deviceLabel' as const;

export function readDeviceLabel(db: ContentDb): Promise<DeviceLabel | null> {
  return readLocalEntry(db, DEVICE_LABEL_KEY, DeviceLabel);
}

export function keepDeviceLabel(db: ContentDb, label: DeviceLabel, now?: Date): Promise<void> {
  return putLocalEntry(db, DEVICE_LABEL_KEY, label, now);
}
