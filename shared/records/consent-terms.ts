/**
 * The terms the consent screen states, as plain values (no zod) so the resident's screens can show
 * them without loading the record schemas.
 *
 * Consent notice versions: a new wording gets a new version so every record says which text the
 * resident agreed to (PIPL Art. 14, 17). The text itself lives in the i18n resources under
 * `consent.v{n}.*`.
 */
// v2: names the teams a passed-on matter goes to (PIPL Art. 23) and the contact screen's
// sensitive choices (illness, disability, a child: Art. 29).
export const CURRENT_CONSENT_VERSION = 'v2';

/** How long records are kept before the hub deletes them (stated on the consent screen). */
export const RETENTION_MONTHS = 36;
