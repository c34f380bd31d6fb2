/**
 * When a resident walks away: after `idleMs` without a touch, warn; if nobody answers within
 * `warnMs`, reset. `warnMs` must be at least 20 s (WCAG 2.2.1, timing adjustable). Pure and driven
 * by an injectable clock so the rule is tested without waiting.
 */
export interface IdleTimerOptions {
  idleMs: number;
  warnMs: number;
  onWarn: () => void;
  onReset: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const MIN_WARN_MS = 20_000;

export interface IdleTimer {
  /** Any touch, key or click: the person is here. Cancels a pending warning. */
  activity(): void;
  stop(): void;
}

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  if (options.warnMs < MIN_WARN_MS)
    throw new RangeError('the warning must give at least 20 seconds');
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let handle: unknown = null;
  let stopped = false;

  const schedule = (fn: () => void, ms: number) => {
    if (handle !== null) clearTimer(handle);
    handle = setTimer(fn, ms);
  };
  const warn = () => {
    if (stopped) return;
    options.onWarn();
    schedule(() => {
      if (stopped) return;
      handle = null;
      options.onReset();
    }, options.warnMs);
  };

  schedule(warn, options.idleMs);
  return {
    activity() {
      if (!stopped) schedule(warn, options.idleMs);
    },
    stop() {
      stopped = true;
      if (handle !== null) clearTimer(handle);
      handle = null;
    },
  };
}
