import { z } from 'zod';
import { KioskRecord } from '../records/intake';
import {
  CaseUpdateOutline,
  CataloguePublication,
  Rota,
  SiteSettings,
  ThemeActivity,
} from './content';
import { HubVolunteerRoster } from '../desk/volunteers';
import { SuggestionReplyNotice } from '../suggestions/topics';
import { TypicalCasePublication } from '../typical-cases/schema';
import { DeviceLabel } from '../device-label';

/**
 * The kiosk-hub sync protocol, version 1 (docs/sync-protocol.md explains the guarantees).
 * Every body is a strict object: unknown fields are refused, on both sides.
 */

export const API_PATHS = {
  enroll: '/api/v1/enroll',
  enrollPreview: '/api/v1/enroll/preview',
  push: '/api/v1/push',
  pull: '/api/v1/pull',
  health: '/api/v1/health',
  wiped: '/api/v1/wiped',
} as const;

/** Most items one push may carry, and the most bytes one request body may have. */
export const PUSH_BATCH_MAX = 500;
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const PULL_LIMIT_DEFAULT = 100;
export const PULL_LIMIT_MAX = 500;

/** A clock reading sent by a kiosk (ISO-8601 with offset); the hub records the offset to its own. */
export const KioskTime = z.iso.datetime({ offset: true });
/** The hub's clock, ISO-8601 in UTC. */
export const HubTime = z.iso.datetime({ offset: true });

/** The kiosk's outbox sequence number: strictly increasing per device, starting at 1. */
export const OutboxSeq = z.int().positive();

// ---- POST /api/v1/enroll (no credential: the code is the credential) ----

/** What an admin hands out (`code issue`); case, spaces and dashes do not matter. */
export const EnrollmentCode = z.string().trim().min(4).max(32);

export const DeviceId = z
  .string()
  .regex(/^dev_[a-z2-7]{16}$/, 'device ids look like dev_ and 16 letters/digits');
export type DeviceId = z.infer<typeof DeviceId>;

/**
 * A random 256-bit secret (base64url, 43 characters). The KIOSK makes it and keeps it before it
 * asks to enroll; the hub keeps only its SHA-256 and never sends it back (docs/sync-protocol.md,
 * "Enrollment and auth": a re-sent enroll after a lost answer gets the same device).
 */
export const DeviceCredential = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'a credential is 32 random bytes in base64url (43 characters)');

export const EnrollRequest = z.strictObject({
  code: EnrollmentCode,
  /** This kiosk's credential-to-be. Required: kiosk and hub ship together. */
  credential: DeviceCredential,
  /** The kiosk's short name in its room ("前台左"), shown in the hub's `device list`. */
  deviceLabel: DeviceLabel.optional(),
  kioskTime: KioskTime,
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;

export const EnrollResponse = z.strictObject({
  deviceId: DeviceId,
  site: SiteSettings,
  hubTime: HubTime,
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

// ---- POST /api/v1/enroll/preview (no credential; spends nothing) ----

export const EnrollPreviewRequest = z.strictObject({
  code: EnrollmentCode,
  /**
   * Sent only when this kiosk already asked to enroll with this code (its answer may have been
   * lost): the hub then shows the site even though the code is spent, for this kiosk alone.
   */
  credential: DeviceCredential.optional(),
});
export type EnrollPreviewRequest = z.infer<typeof EnrollPreviewRequest>;

/** Just enough for the technician to say "yes, this is our room". */
export const SitePreview = SiteSettings.pick({
  siteId: true,
  street: true,
  roomName: true,
  address: true,
});
export type SitePreview = z.infer<typeof SitePreview>;

export const EnrollPreviewResponse = z.strictObject({
  site: SitePreview,
  hubTime: HubTime,
});
export type EnrollPreviewResponse = z.infer<typeof EnrollPreviewResponse>;

// ---- POST /api/v1/push ----

/** One outbox entry as the kiosk sends it. */
export const PushItem = z.strictObject({
  seq: OutboxSeq,
  record: KioskRecord,
  /** The kiosk's clock when the entry entered the outbox. */
  kioskTime: KioskTime,
});
export type PushItem = z.infer<typeof PushItem>;

export const PushRequest = z.strictObject({
  batch: z.array(PushItem).min(1).max(PUSH_BATCH_MAX),
  /** The kiosk's clock when it sent this request. */
  kioskTime: KioskTime,
});
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * The same request as the hub reads it: each record is checked on its own, so one bad record is
 * acked `rejected` and never blocks the others in its batch.
 */
export const PushEnvelope = z.strictObject({
  batch: z
    .array(z.strictObject({ seq: OutboxSeq, record: z.unknown(), kioskTime: KioskTime }))
    .min(1)
    .max(PUSH_BATCH_MAX),
  kioskTime: KioskTime,
});
export type PushEnvelope = z.infer<typeof PushEnvelope>;

/**
 * - `stored`: saved now. `duplicate`: saved before (a re-send). Both: delete it from the outbox.
 * - `gone`: the hub deleted or archived this record on purpose; delete it from the outbox too.
 * - `rejected`: the hub will never take this record as it is; move it to the quarantine (keep it,
 *   show it to staff), never re-send it unchanged.
 */
export const ACK_STATUSES = ['stored', 'duplicate', 'rejected', 'gone'] as const;
export const AckStatus = z.enum(ACK_STATUSES);
export type AckStatus = z.infer<typeof AckStatus>;

export const PushAck = z.strictObject({
  /** The record's id; null when the item carried no string id at all. */
  id: z.string().max(64).nullable(),
  seq: OutboxSeq,
  status: AckStatus,
  /** Why it was rejected (plain English, for staff and developers). */
  reason: z.string().max(500).optional(),
});
export type PushAck = z.infer<typeof PushAck>;

export const PushResponse = z.strictObject({
  /** One ack per item, in the order of the batch. */
  acks: z.array(PushAck),
  hubTime: HubTime,
});
export type PushResponse = z.infer<typeof PushResponse>;

/** The hub refuses a batch (400 batch_out_of_order) unless its seqs strictly increase. */
export function seqsStrictlyIncrease(batch: readonly { seq: number }[]): boolean {
  return batch.every((item, i) => i === 0 || item.seq > (batch[i - 1]?.seq ?? 0));
}

// ---- GET /api/v1/pull?cursor=N&limit=M ----

/** A GET has no body, so a pull carries the kiosk's clock in this header (optional, ISO-8601). */
export const KIOSK_TIME_HEADER = 'x-kiosk-time';

/**
 * What a kiosk may say about itself with a pull (each header optional, so older kiosks still
 * pull): its app and renderer versions and how many records still wait in its outbox. The
 * district console shows them beside each kiosk (docs/console.md, "Running the rooms").
 */
export const KIOSK_REPORT_HEADERS = {
  app: 'x-kiosk-app',
  renderer: 'x-kiosk-renderer',
  pending: 'x-kiosk-pending',
} as const;

const VersionText = z.string().regex(/^[0-9A-Za-z.+_-]{1,64}$/, 'a version');
export const KioskReport = z.strictObject({
  app: VersionText.optional(),
  renderer: VersionText.optional(),
  pending: z
    .string()
    .regex(/^\d{1,7}$/, 'a whole number')
    .transform(Number)
    .optional(),
});
export type KioskReport = z.infer<typeof KioskReport>;

const digits = (max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'a whole number')
    .transform(Number)
    .pipe(z.int().min(0).max(max));

/** The query string as the hub reads it (all values arrive as text). */
export const PullQuery = z.strictObject({
  cursor: digits(Number.MAX_SAFE_INTEGER).default(0),
  limit: digits(PULL_LIMIT_MAX).pipe(z.int().min(1)).default(PULL_LIMIT_DEFAULT),
});
export type PullQuery = z.infer<typeof PullQuery>;

export const CHANGE_KINDS = [
  'site',
  'rota',
  'theme',
  'catalogue',
  'case',
  'volunteers',
  'suggestionReply',
  'typicalCase',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const changeOf = <K extends ChangeKind, B extends z.ZodType>(kind: K, body: B) =>
  z.strictObject({
    cursor: z.int().positive(),
    kind: z.literal(kind),
    key: z.string().min(1).max(64),
    body,
  });

/**
 * One piece of current content. The latest change per (kind, key) replaces earlier ones:
 * `site` and `rota` are keyed by site id, `theme` by month, `catalogue` by "catalogue",
 * `case` by case id, `volunteers` (the site's desk roster) by site id, `suggestionReply` (a reply
 * to a suggestion for the room's notice board) by the suggestion's id, `typicalCase` (a published
 * typical case, to every site) by its id.
 */
export const Change = z.discriminatedUnion('kind', [
  changeOf('site', SiteSettings),
  changeOf('rota', Rota),
  changeOf('theme', ThemeActivity),
  changeOf('catalogue', CataloguePublication),
  changeOf('case', CaseUpdateOutline),
  changeOf('volunteers', HubVolunteerRoster),
  changeOf('suggestionReply', SuggestionReplyNotice),
  changeOf('typicalCase', TypicalCasePublication),
]);
export type Change = z.infer<typeof Change>;

/** A change as it travels: a newer hub may send kinds an older kiosk does not know. */
export const WireChange = z.strictObject({
  cursor: z.int().positive(),
  kind: z.string().min(1).max(32),
  key: z.string().min(1).max(64),
  body: z.unknown(),
});
export type WireChange = z.infer<typeof WireChange>;

export const PullResponse = z.strictObject({
  changes: z.array(WireChange),
  /** Pass this back as `cursor` next time; store it only after the changes are stored. */
  cursor: z.int().min(0),
  /** More changes wait: pull again at once. */
  more: z.boolean(),
  hubTime: HubTime,
});
export type PullResponse = z.infer<typeof PullResponse>;

/**
 * Read one change. Unknown kinds and bodies this kiosk cannot read give null: skip them but still
 * advance the cursor, so one odd change never stops a kiosk from receiving the rest.
 */
export function readChange(change: WireChange): Change | null {
  const parsed = Change.safeParse(change);
  return parsed.success ? parsed.data : null;
}

// ---- GET /api/v1/health (no credential) ----

// ---- POST /api/v1/wiped ----

/**
 * A kiosk told `device_lost` confirms it has erased what it held. The hub then revokes its
 * credential (docs/sync-protocol.md, "Remote wipe").
 */
export const WipedRequest = z.strictObject({ kioskTime: KioskTime });
export type WipedRequest = z.infer<typeof WipedRequest>;

export const WipedResponse = z.strictObject({ revoked: z.literal(true), hubTime: HubTime });
export type WipedResponse = z.infer<typeof WipedResponse>;

export const HealthResponse = z.strictObject({
  ok: z.literal(true),
  hubTime: HubTime,
  version: z.string(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
