import { HubUrl } from '../../../shared/ipc';
import { createHubClient, type FetchFn } from '../../sync/hub-client';
import { asSyncFailure, type SyncFailureCode } from '../../sync/sync-failure';

/**
 * What a technician can do something about when the hub does not answer as it should:
 * - `invalid_url`: what was typed is not an http(s) address.
 * - `unreachable`: no answer at all (cable, Wi-Fi, firewall, the hub is down).
 * - `wrong_address`: something answered, but not a hub (a typo in the path, a captive portal).
 * - `hub_error`: the hub answered with an error of its own.
 */
export type ConnectionProblem = 'invalid_url' | 'unreachable' | 'wrong_address' | 'hub_error';
export const CONNECTION_PROBLEMS: readonly ConnectionProblem[] = [
  'invalid_url',
  'unreachable',
  'wrong_address',
  'hub_error',
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

/** A typed hub address, trimmed and without trailing slashes; null if it is not a hub URL. */
export function normaliseHubUrl(typed: string): string | null {
  const trimmed = typed.trim();
  const parsed = HubUrl.safeParse(trimmed);
  return parsed.success ? parsed.data.replace(/\/+$/, '') : null;
}

export type ConnectionResult =
  | { ok: true; hubVersion: string; clockOffsetMs: number | null }
  | { ok: false; problem: ConnectionProblem; code: SyncFailureCode | null };

/** GET /api/v1/health: no credential needed, so it works before enrollment. */
export async function testConnection(
  typedUrl: string,
  fetchFn: FetchFn,
  timeoutMs = 10_000,
): Promise<ConnectionResult> {
  const baseUrl = normaliseHubUrl(typedUrl);
  if (baseUrl === null) return { ok: false, problem: 'invalid_url', code: null };
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
    return { ok: false, problem: connectionProblem(failure.code), code: failure.code };
  }
}
