import { z } from 'zod';

/**
 * The console API's fixed error codes (beside the sync protocol's). The console maps each to
 * i18n text (`error.<code>`); the `message` next to it is plain English for developers, never
 * shown to people and never carrying personal data.
 */
export const CONSOLE_ERROR_STATUS = {
  bad_request: 400,
  body_too_large: 413,
  /** No session cookie, or one the hub does not know. */
  unauthenticated: 401,
  /** The session ended: idle too long, past its lifetime, logged out or revoked. */
  session_expired: 401,
  /** Username or password wrong (never says which). */
  bad_credentials: 401,
  /** Too many wrong passwords: locked for a while. */
  account_locked: 423,
  account_disabled: 403,
  /** The first login (or a reset) must set a new password before anything else. */
  password_change_required: 403,
  password_too_short: 400,
  password_too_long: 400,
  password_too_weak: 400,
  /** The current password given with a change is wrong. */
  current_password_wrong: 400,
  /** A state-changing request without the session's CSRF token. */
  csrf_failed: 403,
  /** The role may not use this route at all. */
  forbidden: 403,
  /** The role may, but not for this object (another street's room, another team's case). */
  out_of_scope: 403,
  not_found: 404,
  username_taken: 409,
  /** The case changed meanwhile (another member resolved it, or it was handed back). */
  case_resolved_already: 409,
  case_handed_back: 409,
  event_id_reused: 409,
  /** The room was retired: it takes no more changes, codes or kiosks. */
  room_retired: 409,
  /** A volunteer id is never reused at a room (case histories name it). */
  volunteer_exists: 409,
  /** The room's desk already lists as many volunteers as it can show. */
  roster_full: 409,
  /** A removed volunteer is not changed or brought back; add them under a new id. */
  volunteer_removed: 409,
  /** The middle office acted on the case as it was, but it gained events meanwhile. */
  case_changed: 409,
  case_closed: 409,
  /** A new due date or a session needs work still waiting for a team. */
  case_not_waiting: 409,
  /** A group session needs two teams or more on the case. */
  not_joint: 409,
  /** A typical case: text that still names a person, a phone, an ID number, an address or a birthday. */
  personal_info_found: 400,
  /** A typical case is written from a closed case only. */
  case_not_closed: 409,
  /** The author of a typical case may not approve it: a second person must. */
  approver_is_author: 409,
  /** An approved typical case is not edited (nor approved twice); a draft is not published. */
  typical_case_approved: 409,
  typical_case_not_approved: 409,
  rate_limited: 429,
  /** A 12345 export refused as a whole (shared/screening/import-report.ts); nothing imported. */
  file_empty: 400,
  file_type: 415,
  file_corrupt: 400,
  /** Too big once unzipped (a zip bomb), or a ZIP64 file. */
  file_too_big: 413,
  too_many_rows: 413,
  no_header: 400,
  /** Import before the street's column mapping was saved. */
  mapping_missing: 409,
  /** The file's header no longer has a column the saved mapping names. */
  mapping_stale: 409,
  internal: 500,
} as const;
export type ConsoleErrorCode = keyof typeof CONSOLE_ERROR_STATUS;
export const CONSOLE_ERROR_CODES = Object.keys(CONSOLE_ERROR_STATUS) as ConsoleErrorCode[];

export const ConsoleErrorBody = z.object({
  error: z.string().max(64),
  message: z.string().max(500).optional(),
});
export type ConsoleErrorBody = z.infer<typeof ConsoleErrorBody>;

/** The codes the console knows; anything else (a newer hub) shows as `internal`. */
export function knownConsoleError(code: string): ConsoleErrorCode {
  return (CONSOLE_ERROR_CODES as readonly string[]).includes(code)
    ? (code as ConsoleErrorCode)
    : 'internal';
}

/** The header the console sends its session's CSRF token in, on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
