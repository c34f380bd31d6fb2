/**
 * What Home shows about the room: its name and street, opening hours, today's duty rota and this
 * month's theme activity (告知机制), and the X services the result screen offers. Built from what
 * the hub sends; demo data until it does.
 */
export interface LocalText {
  'zh-CN': string;
  en: string;
}

export interface RotaSlot {
  weekday: number; // 1 = Monday ... 7 = Sunday
  start: string; // HH:MM
  end: string;
  serviceId: string;
  who: string;
}

export interface SiteView {
  roomName: LocalText;
  street: LocalText;
  address: LocalText;
  openingHours: LocalText;
  rota: RotaSlot[];
  theme: { month: string; title: LocalText; date: string; place: LocalText } | null;
  /** The room's own services beyond the six (its "X", 自选式): display names, optional summaries. */
  xServices: { id: string; name: LocalText; summary?: LocalText }[];
  /** 解忧法空间: staff's replies to suggestions, for the notice board (newest first, a few). */
  replies: SuggestionReply[];
  demo: boolean;
}

export interface SuggestionReply {
  id: string;
  /** A topic key (shared/suggestions/topics.ts), worded by the UI; null untagged. */
  topic: string | null;
  day: string;
  reply: string;
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: Date): number {
  return ((date.getDay() + 6) % 7) + 1;
}

export function rotaForDay(site: SiteView, date: Date): RotaSlot[] {
  const day = isoWeekday(date);
  return site.rota.filter((s) => s.weekday === day).sort((a, b) => a.start.localeCompare(b.start));
}

/** The theme if it belongs to the month of `date`, else null (a stale theme is not shown). */
export function themeForMonth(site: SiteView, date: Date): SiteView['theme'] {
  const month = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  return site.theme && site.theme.month === month ? site.theme : null;
}
