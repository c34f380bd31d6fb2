import type { ContentDb } from '../../db/content-db';
import { DeviceLabel } from '../../../shared/device-label';

/**
 * The label this kiosk enrolled with, for technician mode and the next "Enroll again". Kept under
 * a `local:` key of the content database (never overwritten by hub content; a factory reset
 * deletes it with the enrollment).
 */
export const DEVICE_LABEL_KEY = 'local:deviceLabel';

export async function readDeviceLabel(db: ContentDb): Promise<DeviceLabel | null> {
  const parsed = DeviceLabel.safeParse((await db.content.get(DEVICE_LABEL_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function keepDeviceLabel(
  db: ContentDb,
  label: DeviceLabel,
  now: Date = new Date(),
): Promise<void> {
  await db.content.put({ key: DEVICE_LABEL_KEY, value: label, updatedAt: now.toISOString() });
}
