/**
 * Guessing a PIN at the screen: after five wrong tries in a row the desk stays locked for five
 * minutes; the first wrong try after that starts a new count. Pure: the caller passes the clock
 * reading (ms), so tests need no waiting and the rule holds across a reload when the state is
 * stored.
 */
export const MAX_WRONG_TRIES = 5;
export const LOCKOUT_MS = 5 * 60_000;

export interface LockoutState {
  /** Wrong tries since the last success or the last lockout. */
  failures: number;
  /** Epoch ms until which no PIN is checked; null when not locked. */
  lockedUntil: number | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

export type LockoutStatus =
  { locked: true; retryInMs: number } | { locked: false; triesLeft: number };

export function lockoutStatus(state: LockoutState, now: number): LockoutStatus {
  if (state.lockedUntil !== null && now < state.lockedUntil)
    return { locked: true, retryInMs: state.lockedUntil - now };
  return { locked: false, triesLeft: MAX_WRONG_TRIES - activeFailures(state, now) };
}

/** A wrong PIN. While locked, tries are not checked at all (and so not counted). */
export function afterWrongPin(state: LockoutState, now: number): LockoutState {
  const status = lockoutStatus(state, now);
  if (status.locked) return state;
  const failures = activeFailures(state, now) + 1;
  return failures >= MAX_WRONG_TRIES
    ? { failures: 0, lockedUntil: now + LOCKOUT_MS }
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
