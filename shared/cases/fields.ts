import { z } from 'zod';
import { UUID_V7_PATTERN } from '../ids';
import { isMainlandMobile } from '../records/phone';
import { surnameProblem } from '../records/surname';

/**
 * Field schemas the case events share with intakes. They repeat the few lines of
 * `shared/records/intake.ts` on purpose: intake.ts lists the case events in `KioskRecord`, so
 * importing it from here would make an import cycle (and a crash at load time). `fields.test.ts`
 * checks that both accept and refuse the same values.
 */
export const RecordId = z.string().regex(UUID_V7_PATTERN, 'record ids are UUID v7');
export const DayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'days are YYYY-MM-DD');
export const TicketNumber = z.string().regex(/^[A-Z]-\d{3,4}$/);
export const Ticket = z.strictObject({ number: TicketNumber, day: DayString });
export type Ticket = z.infer<typeof Ticket>;
/** A clock reading on a kiosk or the hub: ISO-8601 with offset. */
export const EventTime = z.iso.datetime({ offset: true });
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM (24-hour)');

export const Surname = z
  .string()
  .min(1)
  .refine(
    (s) => s.trim() === s && surnameProblem(s) === null,
    'surname: 1-4 Chinese or Latin letters',
  );
export const MobilePhone = z.string().refine(isMainlandMobile, 'phone: a mainland mobile number');

/** A volunteer at the front desk, as the hub's site settings name them (never a personal name). */
export const VolunteerId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'volunteer ids are lower-case letters, digits and dashes');
export type VolunteerId = z.infer<typeof VolunteerId>;

/**
 * Which device wrote an event: the enrolled kiosk's id, `unenrolled` before enrollment, `hub` for
 * what the hub writes (the linkage teams' updates).
 */
export const DeviceTag = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
export const UNENROLLED_DEVICE = 'unenrolled';
export const HUB_DEVICE = 'hub';

/** The local calendar day a kiosk time falls on (kiosk times carry the kiosk's own offset). */
export function dayOf(time: string): string {
  return time.slice(0, 10);
}
