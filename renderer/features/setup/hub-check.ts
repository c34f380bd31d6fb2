import { hubUrlProblem, type HubUrlProblem } from '../../../shared/hub-url';
import { HubUrl } from '../../../shared/ipc';
import { createHubClient, type FetchFn } from '../../sync/hub-client';
import { asSyncFailure, type SyncFailureCode } from '../../sync/sync-failure';
import { refusedByPagePolicy } from './policy-refusals';

/**
 * What a technician can do something about when the hub does not answer as it should:
 * - `invalid_url`: what was typed is not an http(s) address.
 * - `unreachable`: no answer at all (cable, Wi-Fi, firewall, the hub is down).
 * - `wrong_address`: something answered, but not a hub (a typo in the path, a captive portal).
 * - `hub_error`: the hub answered with an error of its own.
 * - `hub_not_allowed`: Electron's CSP lets the page reach only the hub in kiosk-settings.json
 *   (and the one it enrolled with); any other would fail as "unreachable", which misleads.
 * - `blocked_by_page`: the page's own security policy refused the connection before anything
 *   was sent (policy-refusals.ts), e.g. a wrong port typed in the browser build, which reaches
 *   the hub through the page's own address only.
 */
export type ConnectionProblem =
  | 'invalid_url'
  | 'unreachable'
  | 'wrong_address'
  | 'hub_error'
  | 'hub_not_allowed'
  | 'blocked_by_page';
export const CONNECTION_PROBLEMS: readonly ConnectionProblem[] = [
  'invalid_url',
  'unreachable',
  'wrong_address',
  'hub_error',
  'hub_not_allowed',
  'blocked_by_page',
];

export function connectionProblem(code: SyncFailureCode): ConnectionProblem {
  switch (code) {
    case 'network':
    case 'timeout':
    case 'hub_unreachable':
      return 'unreachable';
    case 'bad_response':
    case 'not_found':
      return 'wrong_address';
    default:
      return 'hub_error';
  }
}

/** Why a typed hub address cannot be used (not a URL; plain http off this machine), or null. */
export function hubAddressProblem(typed: string): HubUrlProblem | null {
  return hubUrlProblem(typed.trim());
}

/** A typed hub address, trimmed and without trailing slashes; null if it is not a hub URL. */
export function normaliseHubUrl(typed: string): string | null {
  const trimmed = typed.trim();
  const parsed = HubUrl.safeParse(trimmed);
  return parsed.success ? parsed.data.replace(/\/+$/, '') : null;
}

/**
 * Whether the shell lets the page reach this hub (`baseUrl` as normaliseHubUrl gives it). A null
 * list means the shell does not restrict hubs (see shellHubOrigins).
 */
export function isHubAllowed(
  baseUrl: string,
  allowedHubOrigins: readonly string[] | null,
): boolean {
  return allowedHubOrigins === null || allowedHubOrigins.includes(new URL(baseUrl).origin);
}

export type ConnectionResult =
  | { ok: true; hubVersion: string; clockOffsetMs: number | null }
  | { ok: false; problem: ConnectionProblem; code: SyncFailureCode | null };

/**
 * GET /api/v1/health: no credential needed, so it works before enrollment. `allowedHubOrigins`
 * (Electron's, from app:info) are checked first: the CSP would block any other hub anyway.
 */
export async function testConnection(
  typedUrl: string,
  fetchFn: FetchFn,
  timeoutMs = 10_000,
  allowedHubOrigins: readonly string[] | null = null,
): Promise<ConnectionResult> {
  const baseUrl = normaliseHubUrl(typedUrl);
  if (baseUrl === null) return { ok: false, problem: 'invalid_url', code: null };
  if (!isHubAllowed(baseUrl, allowedHubOrigins))
    return { ok: false, problem: 'hub_not_allowed', code: null };
  let clockOffsetMs: number | null = null;
  const client = createHubClient({
    baseUrl,
    fetch: fetchFn,
    timeoutMs,
    onClockOffset: (ms) => (clockOffsetMs = ms),
  });
  try {
    const health = await client.health();
    return { ok: true, hubVersion: health.version, clockOffsetMs };
  } catch (error) {
    const failure = asSyncFailure(error);
    if (failure.code === 'network' && (await refusedByPagePolicy(baseUrl)))
      return { ok: false, problem: 'blocked_by_page', code: null };
    return { ok: false, problem: connectionProblem(failure.code), code: failure.code };
  }
}
