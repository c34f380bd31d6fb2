/** The hidden way in: five taps within three seconds on the sign in the top bar. */
export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 3_000;

/**
 * Counts taps; `tap` answers true on the tap that completes the gesture (and starts afresh).
 * Pure apart from the clock reading the caller passes in.
 */
export function createTapCounter(taps = GESTURE_TAPS, windowMs = GESTURE_WINDOW_MS) {
  let times: number[] = [];
  return {
    tap(now: number): boolean {
      times = [...times.filter((t) => now - t < windowMs), now];
      if (times.length < taps) return false;
      times = [];
      return true;
    },
  };
}

/** The keyboard alternative: Ctrl+Alt+T. */
export function isTechnicianShortcut(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'key' | 'code'>,
) {
  return e.ctrlKey && e.altKey && (e.code === 'KeyT' || e.key.toLowerCase() === 't');
}
