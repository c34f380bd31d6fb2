import type { ContentDb } from '../../db/content-db';
import { HUB_KEYS } from '../../content/hub-content';

/** The site id the kiosk was last enrolled for, from the stored site settings. */
export async function enrolledSiteId(db: ContentDb): Promise<string | null> {
  const value = (await db.content.get(HUB_KEYS.site))?.value;
  const siteId =
    typeof value === 'object' && value !== null ? (value as { siteId?: unknown }).siteId : null;
  return typeof siteId === 'string' ? siteId : null;
}

/**
 * After a re-enrollment for a DIFFERENT site, drop the old site's rota, themes, cases and the pull
 * cursor, so the next pull fetches the new site's content from the start. Records, the outbox and
 * the technician PIN are untouched: what residents entered still goes to the hub.
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
    await db.content.where('key').startsWith(HUB_KEYS.casePrefix).delete();
  });
  return true;
}
