import { z } from 'zod';
import { ServiceId, XServiceId } from '../catalogue/ids';
import { StreetId } from '../sites';
import { DayString } from '../records/intake';

/**
 * What the hub publishes to kiosks (告知机制: the weekly duty rota and the monthly theme are
 * announced in advance). Text shown to residents comes in both locales the kiosk speaks, keyed by
 * the catalogue's locale ids.
 */
export const LocalText = z.strictObject({
  'zh-CN': z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
export type LocalText = z.infer<typeof LocalText>;

/** A living room's id on the hub, e.g. `xujiahui` or `xujiahui-2`. */
export const SiteId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'site ids are lower-case letters, digits and dashes');
export type SiteId = z.infer<typeof SiteId>;

/** The longest X service summary, per locale: one line on a kiosk card, read at a glance. */
export const X_SERVICE_SUMMARY_MAX = 120;

const SummaryLine = z
  .string()
  .trim()
  .min(1)
  .max(X_SERVICE_SUMMARY_MAX, `a summary is at most ${X_SERVICE_SUMMARY_MAX} characters`)
  .regex(/^[^\r\n]*$/, 'a summary is one line');

/** One plain line on what an X service helps with, in both locales (same shape as LocalText). */
export const XServiceSummary = z.strictObject({ 'zh-CN': SummaryLine, en: SummaryLine });

/**
 * A street/town's own "X" service (自选式) with its display name and, optionally, a one-line
 * summary. Optional because hubs and stored settings from before summaries carry none.
 */
export const XService = z.strictObject({
  id: XServiceId,
  name: LocalText,
  summary: XServiceSummary.optional(),
});
export type XService = z.infer<typeof XService>;

/** One living room: where it is, when it is open, which X services it offers. */
export const SiteSettings = z.strictObject({
  siteId: SiteId,
  street: StreetId,
  roomName: LocalText,
  address: LocalText,
  openingHours: LocalText,
  xServices: z.array(XService).max(12),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM (24-hour)');

/** One duty slot of the weekly rota (每周轮班值守). */
export const RotaEntry = z
  .strictObject({
    /** ISO weekday: 1 = Monday ... 7 = Sunday. */
    weekday: z.int().min(1).max(7),
    start: ClockTime,
    end: ClockTime,
    service: ServiceId,
    /** The name shown on the rota, e.g. 志愿律师 张律师 (published on purpose, like the paper rota). */
    who: z.string().trim().min(1).max(60),
  })
  .refine((e) => e.start < e.end, { message: 'a slot ends after it starts', path: ['end'] });
export type RotaEntry = z.infer<typeof RotaEntry>;

export const Rota = z.strictObject({ entries: z.array(RotaEntry).max(200) });
export type Rota = z.infer<typeof Rota>;

export const MonthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'months are YYYY-MM');

/** The monthly theme activity day (每月主题活动). */
export const ThemeActivity = z
  .strictObject({
    month: MonthString,
    title: LocalText,
    date: DayString,
    place: LocalText,
  })
  .refine((t) => t.date.startsWith(`${t.month}-`), {
    message: 'the date lies in the theme month',
    path: ['date'],
  });
export type ThemeActivity = z.infer<typeof ThemeActivity>;

/**
 * A full catalogue as published by the hub. The hub reads only its version; the kiosk validates
 * the rest with `CatalogueShape` before using it.
 */
export const CataloguePublication = z.looseObject({ version: z.string().min(1).max(32) });
export type CataloguePublication = z.infer<typeof CataloguePublication>;

/**
 * The outline of a `case` change's body: the hub sends one whenever a case's status or history
 * changes (server/store/cases.ts). The pull checks only this much; the kiosk reads the events with
 * `readCaseUpdate()` and the full `CaseUpdateBody` in shared/cases/case-update.ts.
 */
export const CaseUpdateOutline = z.looseObject({
  caseId: z.string().min(1).max(64),
  status: z.string().min(1).max(32),
});
export type CaseUpdateOutline = z.infer<typeof CaseUpdateOutline>;
