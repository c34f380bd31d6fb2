import type { Db } from '../db/open';
import { HubError } from '../hub-error';
import { normaliseCode } from './codes';

/** What an enrollment code is good for, for one caller, right now. */
export interface CodeStanding {
  /** Normalised (upper case, no dashes or spaces), as stored. */
  code: string;
  siteId: string;
  reusable: boolean;
  /**
   * The device this same kiosk already enrolled with this code (same code, same credential,
   * not revoked): its earlier answer was lost and this is a re-send. Null otherwise.
   */
  earlierDevice: string | null;
}

/**
 * Check a code the way enroll and its preview both do, so they refuse with the same codes:
 * unknown → `enrollment_code_invalid`; spent by another kiosk → `enrollment_code_used`;
 * past its time → `enrollment_code_expired` (a re-send too: the code's lifetime bounds retries).
 * `credentialSha256` is the hash of the caller's credential, or null when it sent none.
 * Reads only; the caller holds the transaction.
 */
export function checkEnrollmentCode(
  db: Db,
  rawCode: string,
  now: number,
  credentialSha256: string | null,
): CodeStanding {
  const code = normaliseCode(rawCode);
  const row = db
    .prepare('SELECT site_id, expires_at, reusable, used_at FROM enrollment_codes WHERE code = ?')
    .get(code) as
    | { site_id: string; expires_at: number | null; reusable: number; used_at: number | null }
    | undefined;
  if (!row) throw new HubError('enrollment_code_invalid', 'no such enrollment code');
  // A revoked device is not given back: its kiosk must get a new code like any other.
  const earlier =
    credentialSha256 === null
      ? undefined
      : (db
          .prepare(
            'SELECT id FROM devices WHERE enrolled_with = ? AND secret_sha256 = ? AND revoked_at IS NULL',
          )
          .get(code, credentialSha256) as { id: string } | undefined);
  if (row.reusable === 0 && row.used_at !== null && !earlier)
    throw new HubError('enrollment_code_used', 'this enrollment code was already used');
  if (row.expires_at !== null && now >= row.expires_at)
    throw new HubError('enrollment_code_expired', 'this enrollment code has expired');
  return {
    code,
    siteId: row.site_id,
    reusable: row.reusable === 1,
    earlierDevice: earlier?.id ?? null,
  };
}
