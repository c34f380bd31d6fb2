import { z } from 'zod';

/** The most characters the wizard lets a technician type for a label; the schema allows more. */
export const DEVICE_LABEL_TYPED_MAX = 24;

/**
 * A kiosk's short name in its room ("前台左"), chosen in the wizard (or the site file) and sent
 * with the enrollment, so the hub's admin can tell two kiosks of one room apart in `device list`.
 * Not personal data. One line: a control character would break the hub's tables.
 */
export const DeviceLabel = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\p{Cc}]+$/u, 'a device label is one line of text');
export type DeviceLabel = z.infer<typeof DeviceLabel>;

/** The label as it will be sent (trimmed), or null when it is empty or not a label. */
export function deviceLabelOf(typed: string): DeviceLabel | null {
  const parsed = DeviceLabel.safeParse(typed);
  return parsed.success ? parsed.data : null;
}
