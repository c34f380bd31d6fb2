import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { SyncReason } from './sync-signal';

/** What one run reports: done, failed (back off), or skipped because another tab holds the lock. */
export type RunResult = 'ok' | 'failed' | 'busy';

export interface SchedulerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SchedulerClock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The part of the Web Locks API used here. */
export interface LockLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

export interface SchedulerOptions {
  run: (signal: AbortSignal) => Promise<RunResult>;
  /** Between successful runs. */
  intervalMs?: number;
  backoff?: BackoffPolicy;
  clock?: SchedulerClock;
  random?: () => number;
  /** `navigator.locks` where the browser has it: two tabs of the kiosk never push at once. */
  locks?: LockLike;
  lockName?: string;
}

export const SYNC_INTERVAL_MS = 60_000;

/**
 * Runs the sync: at start, on request (a new record, `online`, a tap) and on a timer. One run at a
 * time (single-flight): a request during a run asks for one more run right after it. After a
 * failure it waits with exponential backoff and full jitter; a new record does not cut that wait
 * short (the record is already safe in the outbox), but `online`, `start` and `manual` do.
 */
export function createSyncScheduler(options: SchedulerOptions) {
  const clock = options.clock ?? realClock;
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  const lockName = options.lockName ?? 'kiosk-sync';

  let started = false;
  let stopped = false;
  let failures = 0;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let controller: AbortController | null = null;
  let runs = 0;

  const schedule = (ms: number) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      void runNow();
    }, ms);
  };

  const guarded = async (signal: AbortSignal): Promise<RunResult> => {
    const attempt = () => options.run(signal).catch((): RunResult => 'failed');
    if (!options.locks) return attempt();
    return options.locks.request(lockName, { ifAvailable: true }, (lock) =>
      lock ? attempt() : Promise.resolve<RunResult>('busy'),
    );
  };

  function runNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    if (timer !== null) {
      clock.clearTimeout(timer);
      timer = null;
    }
    controller = new AbortController();
    const signal = controller.signal;
    runs += 1;
    running = (async () => {
      const result = await guarded(signal).catch((): RunResult => 'failed');
      running = null;
      controller = null;
      if (stopped) return;
      if (result === 'ok') failures = 0;
      if (result === 'failed') failures = Math.min(failures + 1, policy.maxFailures);
      if (again && result === 'ok') {
        again = false;
        void runNow();
        return;
      }
      again = false;
      schedule(failures > 0 ? backoffDelay(failures, policy, random) : intervalMs);
    })();
    return running;
  }

  return {
    start(): void {
      if (started || stopped) return;
      started = true;
      void runNow();
    },
    trigger(reason: SyncReason): void {
      if (!started || stopped) return;
      if (reason === 'record-created' && failures > 0 && !running) return;
      void runNow();
    },
    /** Stop for good; `abandon` also abandons a run in flight (its answers are then dropped). */
    stop(abandon = false): Promise<void> {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (abandon) controller?.abort();
      return running ?? Promise.resolve();
    },
    /** Resolves when no run is in flight (tests). */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
    get failures() {
      return failures;
    },
    get runs() {
      return runs;
    },
    get running() {
      return running !== null;
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
