/** Why a save failed, as an i18n-mappable code. The answers stay on screen in every case. */
export type SaveError = 'quota' | 'invalid' | 'storage';

export function classifySaveError(error: unknown): SaveError {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'ZodError') return 'invalid';
  return 'storage';
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the DOMException: the real cause is in `inner`.
  if (e.name === 'AbortError' || e.name === 'DatabaseClosedError' || e.name === 'OpenFailedError') {
    const inner = errorName(e.inner);
    if (inner) return inner;
  }
  if (e.inner && errorName(e.inner) === 'QuotaExceededError') return 'QuotaExceededError';
  return typeof e.name === 'string' ? e.name : undefined;
}
