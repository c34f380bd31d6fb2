import { z } from 'zod';

/**
 * Every error the hub answers with is one of these fixed codes; the kiosk maps the code to i18n
 * text and decides what to do (see `syncErrorAction`). The `message` beside it is plain English
 * for logs and developers, never shown to residents and never containing personal data.
 */
export const SYNC_ERROR_CODES = [
  'bad_request',
  'batch_out_of_order',
  'body_too_large',
  'unauthenticated',
  'device_revoked',
  /** The device was marked lost: erase what it holds, confirm (`POST /api/v1/wiped`), lock. */
  'device_lost',
  'enrollment_code_invalid',
  'enrollment_code_expired',
  'enrollment_code_used',
  'unknown_site',
  'not_found',
  'rate_limited',
  'internal',
  /** Sent by the kiosk's local proxy (scripts/static-server.ts) when the hub cannot be reached; never by the hub. */
  'hub_unreachable',
] as const;
export const SyncErrorCode = z.enum(SYNC_ERROR_CODES);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

/** The HTTP status the hub uses for each code. */
export const SYNC_ERROR_STATUS: Record<SyncErrorCode, number> = {
  bad_request: 400,
  batch_out_of_order: 400,
  body_too_large: 413,
  unauthenticated: 401,
  device_revoked: 403,
  device_lost: 410,
  enrollment_code_invalid: 404,
  enrollment_code_expired: 410,
  enrollment_code_used: 409,
  unknown_site: 404,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
  hub_unreachable: 502,
};

export const SyncErrorBody = z.strictObject({
  error: SyncErrorCode,
  message: z.string().max(500),
});
export type SyncErrorBody = z.infer<typeof SyncErrorBody>;

/**
 * What a kiosk should do about an error:
 * - `retry`: nothing is wrong with the request; try again later with backoff.
 * - `enroll`: the credential no longer works; staff must enroll the kiosk again.
 * - `code`: the enrollment code is wrong, spent or expired; ask staff for a new one.
 * - `split`: the batch is too big; send fewer items.
 * - `bug`: the kiosk sent something the protocol forbids; keep the data, report it, do not loop.
 * - `wipe`: the kiosk was marked lost; erase every personal field and case, confirm, and lock.
 */
export type SyncErrorAction = 'retry' | 'enroll' | 'code' | 'split' | 'bug' | 'wipe';

export function syncErrorAction(code: SyncErrorCode): SyncErrorAction {
  switch (code) {
    case 'rate_limited':
    case 'internal':
    case 'hub_unreachable':
      return 'retry';
    case 'unauthenticated':
    case 'device_revoked':
      return 'enroll';
    case 'enrollment_code_invalid':
    case 'enrollment_code_expired':
    case 'enrollment_code_used':
    case 'unknown_site':
      return 'code';
    case 'body_too_large':
      return 'split';
    case 'device_lost':
      return 'wipe';
    case 'bad_request':
    case 'batch_out_of_order':
    case 'not_found':
      return 'bug';
  }
}
