import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import { resetCaseCursor } from '../../db/cases-pull';
import { HUB_KEYS } from '../../content/hub-content';
import type { CredentialAccess } from '../../sync/enroll';
import { SiteSettings } from '../../../shared/sync/content';
import type { SitePreview } from '../../../shared/sync/protocol';
import { enrollThisKiosk, platformCredentials, type EnrollOutcome } from '../setup/setup-actions';

/** The site id the kiosk was last enrolled for, from the stored site settings. */
export async function enrolledSiteId(db: ContentDb): Promise<string | null> {
  const value = (await db.content.get(HUB_KEYS.site))?.value;
  const siteId =
    typeof value === 'object' && value !== null ? (value as { siteId?: unknown }).siteId : null;
  return typeof siteId === 'string' ? siteId : null;
}

/** The room this kiosk serves now: the site settings from its enrollment and later pulls. */
export async function currentRoom(db: ContentDb): Promise<SitePreview | null> {
  const parsed = SiteSettings.safeParse((await db.content.get(HUB_KEYS.site))?.value);
  if (!parsed.success) return null;
  const { siteId, street, roomName, address } = parsed.data;
  return { siteId, street, roomName, address };
}

/**
 * How the room a new code belongs to compares with the one the kiosk serves: re-enrolling for a
 * different room moves the kiosk, and the technician must see that before the code is spent.
 */
export type RoomChange = 'same' | 'different' | 'unknown';

export function roomChange(current: SitePreview | null, next: SitePreview): RoomChange {
  if (current === null) return 'unknown';
  return current.siteId === next.siteId ? 'same' : 'different';
}

/**
 * After a re-enrollment for a DIFFERENT site, drop the old site's rota, themes and the pull
 * cursor, so the next pull fetches the new site's content from the start. Records, the outbox and
 * the technician PIN are untouched: what residents entered still goes to the hub. (The records
 * database's case cursor is reset by reEnrollKiosk.)
 */
export async function forgetOldSiteContent(
  db: ContentDb,
  oldSiteId: string | null,
  newSiteId: string,
): Promise<boolean> {
  if (oldSiteId === null || oldSiteId === newSiteId) return false;
  await db.transaction('rw', db.content, async () => {
    await db.content.delete(HUB_KEYS.rota);
    await db.content.delete(HUB_KEYS.pullCursor);
    await db.content.where('key').startsWith(HUB_KEYS.themePrefix).delete();
  });
  return true;
}

export type ReEnrollOutcome =
  | (Extract<EnrollOutcome, { ok: true }> & { moved: boolean })
  | Extract<EnrollOutcome, { ok: false }>;

/**
 * Spend the code the technician confirmed (the wizard's secret-first enroll, so a lost answer can
 * be retried with the same code), then forget the old room's content if the kiosk moved. A
 * refusal changes nothing on the kiosk: the credential and content stay as they were.
 */
export async function reEnrollKiosk(
  request: { hubUrl: string; code: string; deviceLabel?: string | null },
  deps: { content: ContentDb; records: RecordsDb; credentials?: CredentialAccess },
): Promise<ReEnrollOutcome> {
  const { hubUrl, code, deviceLabel } = request;
  const before = await enrolledSiteId(deps.content);
  const result = await enrollThisKiosk(
    { hubUrl, code, ...(deviceLabel ? { deviceLabel } : {}) },
    deps.content,
    deps.credentials ?? platformCredentials(),
  );
  if (!result.ok) return result;
  const moved = await forgetOldSiteContent(deps.content, before, result.site.siteId);
  // The new site's case changes may sit below the old cursor in the hub's feed: start again.
  if (moved) await resetCaseCursor(deps.records);
  return { ...result, moved };
}
