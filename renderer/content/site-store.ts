import { z } from 'zod';
import { XServiceId } from '../../shared/catalogue/ids';
import type { ContentDb } from '../db/content-db';
import type { SiteView } from './site-view';
import { readHubSiteView } from './hub-content';

const LocalText = z.object({ 'zh-CN': z.string().max(200), en: z.string().max(200) });
const SiteViewSchema = z.object({
  roomName: LocalText,
  street: LocalText,
  address: LocalText,
  openingHours: LocalText,
  rota: z.array(
    z.object({
      weekday: z.number().int().min(1).max(7),
      start: z.string().regex(/^\d{2}:\d{2}$/),
      end: z.string().regex(/^\d{2}:\d{2}$/),
      serviceId: z.string().max(64),
      who: z.string().max(60),
    }),
  ),
  theme: z
    .object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      title: LocalText,
      date: z.string().max(20),
      place: LocalText,
    })
    .nullable(),
  // Site views stored before X services were shown carry none.
  xServices: z
    .array(z.object({ id: XServiceId, name: LocalText, summary: LocalText.optional() }))
    .max(12)
    .default([]),
  // Replies come from the hub's feed (hub-content.ts); a stored view carries none.
  replies: z
    .array(
      z.object({
        id: z.string().max(64),
        topic: z.string().max(32).nullable(),
        day: z.string().max(10),
        reply: z.string().max(300),
      }),
    )
    .max(10)
    .default([]),
  demo: z.boolean(),
});

export const SITE_VIEW_KEY = 'siteView';

/**
 * The room for Home: what the hub sent (site, rota, themes) if it has sent a site; else a stored
 * site view; undefined if none validates (never crash Home: the demo shows instead).
 */
export async function readSiteView(
  db: ContentDb,
  now: Date = new Date(),
): Promise<SiteView | undefined> {
  const fromHub = await readHubSiteView(db, now);
  if (fromHub) return fromHub;
  const entry = await db.content.get(SITE_VIEW_KEY);
  const parsed = SiteViewSchema.safeParse(entry?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function writeSiteView(
  db: ContentDb,
  view: SiteView,
  now = new Date(),
): Promise<void> {
  await db.content.put({
    key: SITE_VIEW_KEY,
    value: SiteViewSchema.parse(view),
    updatedAt: now.toISOString(),
  });
}
