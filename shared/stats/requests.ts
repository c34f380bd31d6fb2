import { z } from 'zod';
import { STATS_SCOPES } from './figures';
import { Month } from './month';

/**
 * What the console sends the hub about statistics (beside shared/console/requests.ts, apart so
 * that the console's first download does not carry the statistics' schemas).
 */
/** Which district, street or room a statistics request is about (the access guard reads this). */
export const StatsScopeParams = z.object({
  scope: z.enum(STATS_SCOPES),
  id: z.string().min(1).max(64).optional(),
});
export type StatsScopeParams = z.infer<typeof StatsScopeParams>;

export const STATS_REPORTS = ['annual', 'monthly'] as const;
export const STATS_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const REPORT_LANGS = ['zh-CN', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/**
 * An export: the annual statistics (全年服务量: a year, or any period, month by month) or a
 * monthly report (one street or room, one month), as XLSX or CSV, in the reader's language.
 */
export const StatsExportQuery = z
  .strictObject({
    scope: z.enum(STATS_SCOPES),
    id: z.string().min(1).max(64).optional(),
    from: Month,
    to: Month,
    report: z.enum(STATS_REPORTS),
    format: z.enum(STATS_EXPORT_FORMATS),
    lang: z.enum(REPORT_LANGS).default('zh-CN'),
  })
  .refine((q) => q.report !== 'monthly' || q.from === q.to, {
    message: 'a monthly report covers one month',
    path: ['to'],
  });
export type StatsExportQuery = z.infer<typeof StatsExportQuery>;

/** The low-rating follow-up list: ratings at or below `maxScore` in the period, newest first. */
export const LowRatingsQuery = z.strictObject({
  scope: z.enum(STATS_SCOPES),
  id: z.string().min(1).max(64).optional(),
  from: Month,
  to: Month,
  maxScore: z.coerce.number().int().min(1).max(4).default(2),
});
export type LowRatingsQuery = z.infer<typeof LowRatingsQuery>;
