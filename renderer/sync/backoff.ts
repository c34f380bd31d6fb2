/** How long to wait after failures: exponential, capped, with full jitter. */
export interface BackoffPolicy {
  /** The first retry waits up to this long. */
  baseMs: number;
  /** No wait is ever longer. */
  capMs: number;
  /** Failures past this count no longer grow the wait (and 2^n never overflows). */
  maxFailures: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, maxFailures: 16 };

/** The ceiling of the wait after `failures` consecutive failures (failures >= 1). */
export function backoffCeiling(failures: number, policy: BackoffPolicy): number {
  const n = Math.min(Math.max(failures, 1), policy.maxFailures);
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
}

/**
 * Full jitter (a uniform wait between 0 and the ceiling): when the hub comes back, twenty kiosks
 * that failed together do not all retry in the same instant. `random` is injectable for tests.
 */
export function backoffDelay(
  failures: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeiling(failures, policy));
}
