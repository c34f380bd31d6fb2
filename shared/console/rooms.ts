import { z } from 'zod';
import { VolunteerId } from '../cases/fields';
import { PIN_PATTERN } from '../desk/pin';
import { Volunteer } from '../desk/volunteers';
import { StreetId } from '../sites';
import { MonthString, Rota, SiteSettings, ThemeActivity } from '../sync/content';

/**
 * Running the rooms (街镇司法所 and 区司法局, docs/console.md "Running the rooms"): what the
 * console sends and gets back. The room's settings, rota and theme travel in the very schemas
 * the hub's CLI reads its JSON files with (shared/sync/content.ts), so a form and a file are
 * refused for the same reasons.
 */

/** Text typed in Chinese, optionally in English (the hub shows the Chinese in English otherwise). */
const TextZhEn = z.strictObject({
  'zh-CN': z.string().trim().min(1).max(200),
  en: z.string().trim().max(200).optional(),
});

/** A new room, as `site add` takes it: street, name, address and optionally opening hours. */
export const RoomCreateRequest = z.strictObject({
  street: StreetId,
  roomName: TextZhEn,
  address: TextZhEn,
  openingHours: TextZhEn.optional(),
});
export type RoomCreateRequest = z.infer<typeof RoomCreateRequest>;

/** Renaming, the address, opening hours and X services: the whole settings, as `site set` reads. */
export const RoomUpdateRequest = SiteSettings;

export const RotaRequest = Rota;
export const ThemeRequest = ThemeActivity;

/**
 * A PIN typed twice: the hub hashes it at once (PBKDF2, shared/desk/pin.ts) and keeps only the
 * hash; it is never shown again, stored or logged in plain.
 */
const PinTwice = {
  pin: z.string().regex(PIN_PATTERN, 'a PIN is 4 to 8 digits'),
  pinAgain: z.string().max(8),
};
const samePin = (b: { pin: string; pinAgain: string }) => b.pin === b.pinAgain;
const pinsDiffer = { message: 'the two PINs differ', path: ['pinAgain'] };

export const VolunteerAddRequest = z
  .strictObject({ id: VolunteerId, name: Volunteer.shape.name, ...PinTwice })
  .refine(samePin, pinsDiffer);
export type VolunteerAddRequest = z.infer<typeof VolunteerAddRequest>;

export const PinResetRequest = z.strictObject(PinTwice).refine(samePin, pinsDiffer);
export type PinResetRequest = z.infer<typeof PinResetRequest>;

/** As the CLI's `--ttl`: more than nothing, at most 30 days. */
export const CODE_HOURS_MAX = 30 * 24;
export const CodeIssueRequest = z.strictObject({ hours: z.int().min(1).max(CODE_HOURS_MAX) });
export type CodeIssueRequest = z.infer<typeof CodeIssueRequest>;

/** An enrollment code as shown (ABCD-EFGH) or typed; normalised by the hub. */
export const CodeParam = z.string().regex(/^[A-Za-z0-9-]{4,16}$/);

// ---- answers ----

export const RoomRow = z.object({
  settings: SiteSettings,
  retiredAt: z.string().nullable(),
  devices: z.number().int(),
  volunteers: z.number().int(),
});
export type RoomRow = z.infer<typeof RoomRow>;
export const RoomList = z.object({ rooms: z.array(RoomRow) });

export const RoomDetail = z.object({
  room: RoomRow,
  rota: Rota,
  /** The published themes from this month on (Shanghai time), earliest first. */
  themes: z.array(ThemeActivity),
  /** This month, YYYY-MM, by the hub's clock: where the theme form starts. */
  month: MonthString,
  /** This week's days (YYYY-MM-DD, Monday first) in Shanghai, for the printed notice. */
  week: z.array(z.string()).length(7),
});
export type RoomDetail = z.infer<typeof RoomDetail>;

export const VolunteerView = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VolunteerView = z.infer<typeof VolunteerView>;
export const VolunteerList = z.object({ volunteers: z.array(VolunteerView) });

export const DeviceView = z.object({
  id: z.string(),
  label: z.string().nullable(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
  lastSeen: z.string().nullable(),
  /** Kiosk clock minus hub clock at the last sync, ms. */
  clockOffsetMs: z.number().nullable(),
  /** Records the hub received from it, and what its outbox still held at its last pull. */
  recordsReceived: z.number().int(),
  pendingRecords: z.number().int().nullable(),
  appVersion: z.string().nullable(),
  rendererVersion: z.string().nullable(),
});
export type DeviceView = z.infer<typeof DeviceView>;

export const CodeView = z.object({
  code: z.string(),
  expiresAt: z.string().nullable(),
  reusable: z.boolean(),
});
export type CodeView = z.infer<typeof CodeView>;

export const DeviceList = z.object({ devices: z.array(DeviceView), codes: z.array(CodeView) });
export type DeviceList = z.infer<typeof DeviceList>;

export const CodeIssued = z.object({ code: CodeView });
export const RoomChanged = z.object({ changed: z.boolean() });
export const RoomCreated = z.object({ room: RoomRow });
