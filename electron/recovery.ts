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

/**
 * How long after crashing a hung renderer ourselves its `render-process-gone` still counts as
 * that crash. Electron reports it asynchronously, after our reload() call; a report that never
 * comes must not make us deaf to a real crash later on.
 */
export const FORCED_CRASH_REPORT_MS = 30_000;

export interface RecoveryDeps {
  policy?: RecoveryPolicy;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Told of each failure before the reload, so a crash-looping renderer update can be dropped. */
  onFailure?: () => void;
}

type Supervised = Pick<WebContents, 'on' | 'reload' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

interface PendingRecovery {
  handle: unknown;
  /** A hang whose renderer has since died by itself: nothing left to crash, just reload. */
  hang: { goneMeanwhile: boolean } | null;
}

export function superviseRenderer(contents: Supervised, deps: RecoveryDeps = {}): void {
  const policy = deps.policy ?? DEFAULT_RECOVERY_POLICY;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let failures: number[] = [];
  let pending: PendingRecovery | null = null;
  /** When we last crashed a hung renderer ourselves and have not yet heard it go. */
  let forcedCrashAt: number | null = null;

  const schedule = (why: string, hang: PendingRecovery['hang'], action: () => void) => {
    const plan = planReload(failures, now(), policy);
    failures = plan.failures;
    deps.onFailure?.();
    console.warn(
      `renderer ${why}; reloading in ${plan.delayMs} ms (failure ${plan.failures.length})`,
    );
    const handle = setTimer(() => {
      pending = null;
      if (!contents.isDestroyed()) action();
    }, plan.delayMs);
    pending = { handle, hang };
  };

  contents.on('render-process-gone', (_event, details) => {
    // The crash we caused to end a hang is that hang's failure, already counted and reloaded:
    // counting it again would double the backoff and trip the renderer update's crash-loop
    // fallback early (renderer-update.ts).
    const forcedAt = forcedCrashAt;
    forcedCrashAt = null;
    if (forcedAt !== null && now() - forcedAt < FORCED_CRASH_REPORT_MS) return;
    if (pending !== null) {
      // One recovery at a time: a crash during a hang is the same failure.
      if (pending.hang) pending.hang.goneMeanwhile = true;
      return;
    }
    schedule(`process gone (${details.reason})`, null, () => contents.reload());
  });
  contents.on('unresponsive', () => {
    if (pending !== null) return;
    const hang = { goneMeanwhile: false };
    // A hung renderer ignores reload(); crash it first (the Electron docs' recipe).
    schedule('unresponsive', hang, () => {
      if (!hang.goneMeanwhile) {
        forcedCrashAt = now();
        contents.forcefullyCrashRenderer();
      }
      contents.reload();
    });
  });
  contents.on('responsive', () => {
    // Only a hang answers again; a dead renderer still needs its reload.
    if (pending?.hang && !pending.hang.goneMeanwhile) {
      clearTimer(pending.handle);
      pending = null;
    }
  });
}
