import { z } from 'zod';
import { PromptKey } from '../catalogue/ids';
import { Month } from '../stats/month';
import { ROW_PROBLEMS } from './parse-row';
import { DraftMapping, OrderView } from './work-order';

/** Why a whole file was refused (the console shows each in words). */
export const FILE_PROBLEMS = [
  'file_empty',
  'file_type',
  'file_corrupt',
  'file_too_big',
  'too_many_rows',
  'no_header',
  'mapping_missing',
  'mapping_stale',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

/** The most data rows one file may hold (a street's month is a few hundred; a year, a few thousand). */
export const ROWS_MAX = 100_000;
/** The largest upload, in bytes (a 50,000-row export is about 4 MB as XLSX, 10 MB as CSV). */
export const UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

export const FileFormat = z.enum(['xlsx', 'csv-utf8', 'csv-gb18030']);

/** What the console shows before importing: the file's header, a few rows, and a mapping. */
export const ImportPreview = z.strictObject({
  format: FileFormat,
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** The street's saved mapping when it fits this file, else a guess from the header. */
  mapping: DraftMapping,
  remembered: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const RowError = z.strictObject({
  /** The row number as a spreadsheet shows it (the header is row 1 when it is the first line). */
  row: z.number().int(),
  orderNo: z.string(),
  problems: z.array(z.enum(ROW_PROBLEMS)),
});

/** At most this many row errors are listed; the count says how many there were. */
export const ROW_ERRORS_LISTED = 500;

export const ImportReport = z.strictObject({
  format: FileFormat,
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  errors: z.array(RowError),
  months: z.array(Month),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const OrdersQuery = z.strictObject({
  month: Month,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  filter: z.enum(['all', 'unclassified', 'urgent']).default('all'),
});
export type OrdersQuery = z.infer<typeof OrdersQuery>;

export const OrderCorrection = z.strictObject({
  category: PromptKey,
  topic: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
});

export const OrderPage = z.strictObject({
  rows: z.array(OrderView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
