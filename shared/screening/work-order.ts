import { z } from 'zod';
import { PromptKey } from '../catalogue/ids';
import { StreetId } from '../sites';
import type { Month } from '../stats/month';

/**
 * A 12345 citizen-hotline work order (工单) as the monthly screening (主动排摸) keeps it. Only what
 * screening needs: the order number (the key: a re-import never duplicates), when it came in, the
 * community (居委) and address (to see where conflicts gather), the request in the citizen's words,
 * the hotline's own category, whether it is urgent, and our classification. Names and phone
 * numbers in the hotline's export are never read (docs/privacy.md).
 */
export const OrderNo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{3,39}$/, 'order numbers are 4-40 letters, digits, - or _');

/** The fields a column of the hotline's file can be mapped to. */
export const MAPPED_FIELDS = [
  'orderNo',
  'receivedAt',
  'street',
  'community',
  'address',
  'request',
  'hotlineCategory',
  'urgency',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Without these a row cannot be screened. */
export const REQUIRED_FIELDS: readonly MappedField[] = ['orderNo', 'receivedAt', 'request'];

const HeaderName = z.string().min(1).max(200);
/** Field → the header text of the column it comes from (by name, so a reordered export still maps). */
export const DraftMapping = z.strictObject(
  Object.fromEntries(MAPPED_FIELDS.map((f) => [f, HeaderName.nullable()])) as Record<
    MappedField,
    z.ZodNullable<typeof HeaderName>
  >,
);
export type DraftMapping = z.infer<typeof DraftMapping>;
/** A mapping that can be imported with: the required fields are mapped. */
export const ColumnMapping = DraftMapping.refine(
  (m) => REQUIRED_FIELDS.every((f) => m[f] !== null),
  {
    message: 'order number, received time and request must be mapped',
  },
);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const RequestText = z.string().trim().min(1).max(2000);

/** One order after validation, before it is stored. */
export interface ParsedOrder {
  orderNo: string;
  /** Epoch ms. */
  receivedAt: number;
  month: Month;
  community: string;
  address: string;
  request: string;
  hotlineCategory: string;
  urgent: boolean;
}

/** A stored order as the console lists it. */
export const OrderView = z.strictObject({
  orderNo: z.string(),
  receivedAt: z.string(),
  community: z.string(),
  address: z.string(),
  request: z.string(),
  hotlineCategory: z.string(),
  urgent: z.boolean(),
  category: PromptKey.nullable(),
  topic: z.string().nullable(),
  corrected: z.boolean(),
});
export type OrderView = z.infer<typeof OrderView>;

export const ScreeningStreetParams = z.strictObject({ street: StreetId });
