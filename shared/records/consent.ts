import { z } from 'zod';

export { CURRENT_CONSENT_VERSION, RETENTION_MONTHS } from './consent-terms';

export const ConsentRecord = z.strictObject({
  version: z.string().regex(/^v\d+$/),
  /** Agreed to keep the intake and contact details for the stated purpose. */
  general: z.boolean(),
  /** Separate, explicit consent for sensitive information (PIPL Art. 29); null when not asked. */
  sensitive: z.boolean().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;
