/**
 * Fixed reason codes a hub puts in a `rejected` push ack for the rules below (docs/sync-protocol.md,
 * "Push: ordering and acks"). Other rejections carry the schema's field paths and messages. A
 * reason never holds the values sent.
 */
export const REJECT_REASONS = {
  /** An intake keeps contact details although `consent.general` is false. */
  consentMissing: 'consent_missing',
  /** An intake keeps sensitive information although `consent.sensitive` is not true. */
  sensitiveConsentMissing: 'sensitive_consent_missing',
  /** A desk event would open a case under an intake another site's kiosk sent. */
  intakeOfAnotherSite: 'intake_of_another_site',
} as const;
