import { failureAction, isOffline, type SyncFailureCode } from '../../sync/sync-failure';

/** Which sentence the status line says. */
export type StatusKind =
  'synced' | 'connecting' | 'offline' | 'notEnrolled' | 'reenroll' | 'badCode' | 'problem';

/**
 * Map the last run to what staff and residents need to know. Anything that will pass by itself
 * (no network, hub down or busy, a garbled answer) reads as "offline, kept safe"; only what needs
 * a person (enroll again, a new code, a bug) says so.
 */
export function statusKind(
  lastError: SyncFailureCode | null,
  lastSuccessAt: number | null,
): StatusKind {
  if (lastError === null) return lastSuccessAt === null ? 'connecting' : 'synced';
  if (lastError === 'not_enrolled') return 'notEnrolled';
  if (isOffline(lastError) || failureAction(lastError) === 'retry') {
    return lastError === 'storage' ? 'problem' : 'offline';
  }
  switch (failureAction(lastError)) {
    case 'enroll':
      return 'reenroll';
    case 'code':
      return 'badCode';
    default:
      return 'problem';
  }
}

export type AgoUnit = 'now' | 'minute' | 'hour' | 'day';

/** How long ago, in the largest whole unit (under a minute is "just now"). */
export function ago(elapsedMs: number): { unit: AgoUnit; value: number } {
  const minutes = Math.floor(Math.max(0, elapsedMs) / 60_000);
  if (minutes < 1) return { unit: 'now', value: 0 };
  if (minutes < 60) return { unit: 'minute', value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hour', value: hours };
  return { unit: 'day', value: Math.floor(hours / 24) };
}
