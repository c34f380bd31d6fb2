import { z } from 'zod';

/**
 * Consent notice versions. A new wording gets a new version so every record says which text the
 * resident agreed to (PIPL Art. 14, 17). The text itself lives in the i18n resources under
 * `consent.v{n}.*`.
 */
export const CURRENT_CONSENT_VERSION = 'v1';

export const ConsentRecord = z.strictObject({
  version: z.string().regex(/^v\d+$/),
  /** Agreed to keep the intake and contact details for the stated purpose. */
  general: z.boolean(),
  /** Separate, explicit consent for sensitive information (PIPL Art. 29); null when not asked. */
  sensitive: z.boolean().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** How long records are kept before the hub deletes them (stated on the consent screen). */
export const RETENTION_MONTHS = 36;
