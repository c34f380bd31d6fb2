import { z } from 'zod';
import { SyncErrorCode, syncErrorAction, type SyncErrorAction } from '../../shared/sync/errors';

/**
 * Failures the kiosk finds itself, beside the hub's fixed codes:
 * - `network`: no answer at all (no route, connection cut, the request abandoned).
 * - `timeout`: no answer in time.
 * - `bad_response`: an answer that is not the hub's (a captive portal, a cut-off body, a proxy).
 * - `storage`: this kiosk's own database failed (full, closed).
 * - `not_enrolled`: no credential yet, and no code to enroll with.
 */
export const LOCAL_FAILURE_CODES = [
  'network',
  'timeout',
  'bad_response',
  'storage',
  'not_enrolled',
] as const;
export type LocalFailureCode = (typeof LOCAL_FAILURE_CODES)[number];
export type SyncFailureCode = SyncErrorCode | LocalFailureCode;

/** A sync step that failed, with a fixed code the status line maps to text. Never holds record data. */
export class SyncFailure extends Error {
  override name = 'SyncFailure';
  constructor(
    readonly code: SyncFailureCode,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export function failureAction(code: SyncFailureCode): SyncErrorAction {
  switch (code) {
    case 'network':
    case 'timeout':
    case 'bad_response':
    case 'storage':
      return 'retry';
    case 'not_enrolled':
      return 'enroll';
    default:
      return syncErrorAction(code);
  }
}

/** The hub could not be reached: the kiosk is offline as far as residents are concerned. */
export function isOffline(code: SyncFailureCode): boolean {
  return code === 'network' || code === 'timeout' || code === 'hub_unreachable';
}

// The error code only: the kiosk's local proxy answers `{"error":"hub_unreachable"}` without a
// message, and nothing else of an error body is needed here.
const ErrorCodeOnly = z.looseObject({ error: SyncErrorCode });

/**
 * The failure an HTTP error answer stands for. Only the hub's own body is trusted to say
 * "enroll again" or "bad code"; an error page from something in between (a proxy, a portal) is
 * treated as the hub being out of reach or as a bad answer, both retried later.
 */
export function failureFromResponse(status: number, bodyText: string): SyncFailure {
  let json: unknown = null;
  try {
    json = JSON.parse(bodyText);
  } catch {
    // not JSON: decided by the status below
  }
  const parsed = ErrorCodeOnly.safeParse(json);
  if (parsed.success)
    return new SyncFailure(parsed.data.error, `the hub answered ${parsed.data.error}`, status);
  if (status === 413) return new SyncFailure('body_too_large', 'request body too large', status);
  if (status === 429) return new SyncFailure('rate_limited', 'rate limited', status);
  if (status >= 500) return new SyncFailure('hub_unreachable', `HTTP ${status} en route`, status);
  return new SyncFailure('bad_response', `HTTP ${status} without a hub error body`, status);
}

/** Any thrown value as a SyncFailure: our own, or a local database failure. */
export function asSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  const name = error instanceof Error ? error.name : 'unknown';
  return new SyncFailure('storage', `local failure: ${name}`);
}
