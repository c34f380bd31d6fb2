/**
 * Guessing a PIN at the screen: after five wrong tries in a row the PIN stays locked for five
 * minutes; the first wrong try after that starts a new count. Pure: the caller passes the clock
 * reading (ms), so tests need no waiting and the rule holds across a reload when the state is
 * stored. Another count may use other numbers (`LockoutPolicy`, e.g. the desk's device-wide
 * backstop in volunteer-unlock.ts).
 */
export const MAX_WRONG_TRIES = 5;
export const LOCKOUT_MS = 5 * 60_000;

export interface LockoutPolicy {
  /** Wrong tries in a row that lock. */
  maxTries: number;
  /** How long the lock lasts, ms. */
  lockMs: number;
}
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxTries: MAX_WRONG_TRIES, lockMs: LOCKOUT_MS };

export interface LockoutState {
  /** Wrong tries since the last success or the last lockout. */
  failures: number;
  /** Epoch ms until which no PIN is checked; null when not locked. */
  lockedUntil: number | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

export type LockoutStatus =
  { locked: true; retryInMs: number } | { locked: false; triesLeft: number };

export function lockoutStatus(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LockoutStatus {
  if (state.lockedUntil !== null && now < state.lockedUntil)
    return { locked: true, retryInMs: state.lockedUntil - now };
  return { locked: false, triesLeft: policy.maxTries - activeFailures(state, now) };
}

/** A wrong PIN. While locked, tries are not checked at all (and so not counted). */
export function afterWrongPin(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LockoutState {
  const status = lockoutStatus(state, now, policy);
  if (status.locked) return state;
  const failures = activeFailures(state, now) + 1;
  return failures >= policy.maxTries
    ? { failures: 0, lockedUntil: now + policy.lockMs }
    : { failures, lockedUntil: null };
}

export function afterRightPin(): LockoutState {
  return NO_LOCKOUT;
}

/** An expired lockout leaves a fresh count. */
function activeFailures(state: LockoutState, now: number): number {
  return state.lockedUntil !== null && now >= state.lockedUntil ? 0 : state.failures;
}

/** Minutes and seconds left, rounded up to whole seconds, for the message on screen. */
export function retryIn(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
