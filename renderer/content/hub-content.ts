import { streetById } from '../../shared/sites';
import { Rota, SiteSettings, ThemeActivity } from '../../shared/sync/content';
import type { Change } from '../../shared/sync/protocol';
import type { ContentDb, ContentEntry } from '../db/content-db';
import { CATALOGUE_KEY } from './catalogue-store';
import type { SiteView, SuggestionReply } from './site-view';
import { SuggestionReplyNotice } from '../../shared/suggestions/topics';
import {
  TypicalCasePublication,
  type TypicalCasePublication as TypicalCaseReading,
} from '../../shared/typical-cases/schema';

/**
 * Where what the hub sends is kept in the content database. The feed keeps one current value per
 * (kind, key); a kiosk sees only its own site, so one site and one rota are kept, a theme per month.
 */
export const HUB_KEYS = {
  site: 'hub:site',
  rota: 'hub:rota',
  themePrefix: 'hub:theme:',
  replyPrefix: 'hub:reply:',
  typicalPrefix: 'hub:typical:',
  /** The desk's volunteer roster: the hub's replaces a demo seed (features/desk/volunteer-roster.ts). */
  volunteers: 'desk:volunteers',
  pullCursor: 'pull:cursor',
} as const;

/**
 * The content entry a change becomes (the catalogue under the key `loadCatalogue` reads). `case`
 * changes never come here: the pull applies them to the records database (db/cases-pull.ts).
 */
export function entryForChange(
  change: Exclude<Change, { kind: 'case' }>,
  updatedAt: string,
): ContentEntry {
  switch (change.kind) {
    case 'site':
      return { key: HUB_KEYS.site, value: change.body, updatedAt };
    case 'rota':
      return { key: HUB_KEYS.rota, value: change.body, updatedAt };
    case 'theme':
      return { key: HUB_KEYS.themePrefix + change.body.month, value: change.body, updatedAt };
    case 'catalogue':
      return { key: CATALOGUE_KEY, value: change.body, updatedAt };
    case 'volunteers':
      return { key: HUB_KEYS.volunteers, value: change.body, updatedAt };
    case 'suggestionReply':
      return { key: HUB_KEYS.replyPrefix + change.key, value: change.body, updatedAt };
    case 'typicalCase':
      return { key: HUB_KEYS.typicalPrefix + change.key, value: change.body, updatedAt };
  }
}

/** Store the site settings (enrollment answers with them, so Home shows the room at once). */
export async function storeHubSite(db: ContentDb, site: SiteSettings, now: Date): Promise<void> {
  await db.content.put({ key: HUB_KEYS.site, value: site, updatedAt: now.toISOString() });
}

function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** This month's theme, else the next one announced, else none. */
export function pickTheme(themes: readonly ThemeActivity[], now: Date): ThemeActivity | null {
  const month = monthOf(now);
  const sorted = [...themes].sort((a, b) => a.month.localeCompare(b.month));
  return sorted.find((t) => t.month === month) ?? sorted.find((t) => t.month > month) ?? null;
}

/** Home's view of the room from the hub's site, rota and themes. */
export function siteViewFromHub(
  site: SiteSettings,
  rota: Rota | null,
  themes: readonly ThemeActivity[],
  now: Date,
  replies: readonly SuggestionReply[] = [],
): SiteView {
  const street = streetById(site.street);
  const theme = pickTheme(themes, now);
  return {
    roomName: site.roomName,
    street: { 'zh-CN': street.zh, en: street.en },
    address: site.address,
    openingHours: site.openingHours,
    rota: (rota?.entries ?? []).map((e) => ({
      weekday: e.weekday,
      start: e.start,
      end: e.end,
      serviceId: e.service,
      who: e.who,
    })),
    theme: theme && {
      month: theme.month,
      title: theme.title,
      date: theme.date,
      place: theme.place,
    },
    xServices: site.xServices,
    replies: [...replies],
    demo: false,
  };
}

/**
 * The room as the hub last described it, or undefined before the hub has sent a site. Each piece
 * is validated again on read: a damaged entry falls back rather than breaking Home.
 */
export async function readHubSiteView(db: ContentDb, now: Date): Promise<SiteView | undefined> {
  const [siteEntry, rotaEntry, themeEntries, replyEntries] = await Promise.all([
    db.content.get(HUB_KEYS.site),
    db.content.get(HUB_KEYS.rota),
    db.content.where('key').startsWith(HUB_KEYS.themePrefix).toArray(),
    db.content.where('key').startsWith(HUB_KEYS.replyPrefix).toArray(),
  ]);
  const site = SiteSettings.safeParse(siteEntry?.value);
  if (!site.success) return undefined;
  const rota = Rota.safeParse(rotaEntry?.value);
  const themes = themeEntries.flatMap((e) => {
    const t = ThemeActivity.safeParse(e.value);
    return t.success ? [t.data] : [];
  });
  const replies = noticeReplies(replyEntries.map((e) => e.value));
  return siteViewFromHub(site.data, rota.success ? rota.data : null, themes, now, replies);
}

/** How many replies the notice board shows: the newest, so it stays short. */
export const NOTICE_REPLIES_MAX = 3;

/** The replies still shown (a withdrawn one has `reply: null`), newest first, a few. */
export function noticeReplies(values: readonly unknown[]): SuggestionReply[] {
  return values
    .flatMap((value) => {
      const notice = SuggestionReplyNotice.safeParse(value);
      if (!notice.success || notice.data.reply === null) return [];
      const { id, topic, day, reply } = notice.data;
      return [{ id, topic, day, reply }];
    })
    .sort((a, b) => b.day.localeCompare(a.day) || b.id.localeCompare(a.id))
    .slice(0, NOTICE_REPLIES_MAX);
}

/**
 * 典型案事例 published by the district for residents to read under a prompt: the current ones
 * (not withdrawn), newest year first. Each is validated again on read.
 */
export async function readTypicalCases(
  db: ContentDb,
  prompt: string,
): Promise<TypicalCaseReading[]> {
  const entries = await db.content.where('key').startsWith(HUB_KEYS.typicalPrefix).toArray();
  return entries
    .flatMap((e) => {
      const parsed = TypicalCasePublication.safeParse(e.value);
      return parsed.success && !parsed.data.withdrawn && parsed.data.prompt === prompt
        ? [parsed.data]
        : [];
    })
    .sort((a, b) => b.year - a.year || b.id.localeCompare(a.id));
}
