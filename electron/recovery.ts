import type { WebContents } from 'electron';

/**
 * When the renderer crashes or hangs, reload it: a kiosk nobody can reach must come back by
 * itself. Reloading in a tight loop would burn the CPU if the page crashes on load, so the delay
 * doubles with each failure in a row, up to a cap, and a quiet spell forgets the history.
 */
export interface RecoveryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** A failure older than this no longer counts towards the backoff. */
  forgetAfterMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 10 * 60_000,
};

export interface ReloadPlan {
  /** Failure times still counted, this one included. */
  failures: number[];
  delayMs: number;
}

export function planReload(
  previous: readonly number[],
  now: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): ReloadPlan {
  const failures = [...previous.filter((t) => now - t < policy.forgetAfterMs), now];
  const exponent = Math.min(failures.length - 1, 30);
  const delayMs = Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
  return { failures, delayMs };
}

export interface RecoveryDeps {
  policy?: RecoveryPolicy;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Told of each failure before the reload, so a crash-looping renderer update can be dropped. */
  onFailure?: () => void;
}

type Supervised = Pick<WebContents, 'on' | 'reload' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

export function superviseRenderer(contents: Supervised, deps: RecoveryDeps = {}): void {
  const policy = deps.policy ?? DEFAULT_RECOVERY_POLICY;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let failures: number[] = [];
  let pending: unknown = null;

  const schedule = (why: string, action: () => void) => {
    if (pending !== null) return; // one recovery at a time; a crash during a hang is the same failure
    const plan = planReload(failures, now(), policy);
    failures = plan.failures;
    deps.onFailure?.();
    console.warn(
      `renderer ${why}; reloading in ${plan.delayMs} ms (failure ${plan.failures.length})`,
    );
    pending = setTimer(() => {
      pending = null;
      if (!contents.isDestroyed()) action();
    }, plan.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    schedule(`process gone (${details.reason})`, () => contents.reload());
  });
  contents.on('unresponsive', () => {
    // A hung renderer ignores reload(); crash it first (the Electron docs' recipe).
    schedule('unresponsive', () => {
      contents.forcefullyCrashRenderer();
      contents.reload();
    });
  });
  contents.on('responsive', () => {
    if (pending !== null) {
      clearTimer(pending);
      pending = null;
    }
  });
}
