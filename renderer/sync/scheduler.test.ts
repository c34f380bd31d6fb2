import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, type BackoffPolicy } from './backoff';
import {
  createSyncScheduler,
  type LockLike,
  type RunResult,
  type SchedulerClock,
} from './scheduler';

const policy: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, maxFailures: 10 };

describe('backoff', () => {
  it('doubles the ceiling with each failure up to the cap', () => {
    expect([1, 2, 3, 4, 6, 7, 8].map((f) => backoffCeiling(f, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('stops counting failures at maxFailures (no overflow after days offline)', () => {
    const tiny = { baseMs: 1, capMs: Number.MAX_SAFE_INTEGER, maxFailures: 5 };
    expect(backoffCeiling(10_000, tiny)).toBe(16);
  });

  it('uses full jitter: anywhere from 0 to the ceiling, as `random` says', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(2_000);
    expect(backoffDelay(3, policy, () => 0.999_999)).toBe(3_999);
    // A broken random source cannot push the wait past the ceiling.
    expect(backoffDelay(3, policy, () => 7)).toBe(4_000);
  });
});

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: SchedulerClock = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  return {
    clock,
    /** The wait until the next timer, or null. */
    pending: () => {
      const next = [...timers.values()].sort((a, b) => a.at - b.at)[0];
      return next ? next.at - now : null;
    },
    async advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.fn();
        }
      }
      await flush();
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A run the test finishes by hand. */
function controllableRun() {
  const calls: { resolve: (r: RunResult) => void; signal: AbortSignal }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const run = (signal: AbortSignal) =>
    new Promise<RunResult>((resolve) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      calls.push({
        signal,
        resolve: (r) => {
          inFlight -= 1;
          resolve(r);
        },
      });
    });
  return {
    run,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
    async finish(i: number, r: RunResult) {
      calls[i]!.resolve(r);
      await flush();
    },
  };
}

describe('sync scheduler', () => {
  it('runs at start and then every interval after a success', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({
      run: r.run,
      clock: t.clock,
      intervalMs: 60_000,
      backoff: policy,
    });
    s.start();
    expect(r.calls).toHaveLength(1);
    await r.finish(0, 'ok');
    expect(t.pending()).toBe(60_000);
    await t.advance(60_000);
    expect(r.calls).toHaveLength(2);
  });

  it('is single-flight: requests during a run give exactly one more run afterwards', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({ run: r.run, clock: t.clock, backoff: policy });
    s.start();
    s.trigger('record-created');
    s.trigger('record-created');
    s.trigger('manual');
    expect(r.calls).toHaveLength(1);
    await r.finish(0, 'ok');
    expect(r.calls).toHaveLength(2);
    await r.finish(1, 'ok');
    expect(r.calls).toHaveLength(2);
    expect(r.maxInFlight).toBe(1);
  });

  it('backs off after failures with growing waits, and a success resets them', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({
      run: r.run,
      clock: t.clock,
      backoff: policy,
      random: () => 0.5,
      intervalMs: 60_000,
    });
    s.start();
    const waits: (number | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await r.finish(i, 'failed');
      waits.push(t.pending());
      await t.advance(t.pending() ?? 0);
    }
    expect(waits).toEqual([500, 1_000, 2_000, 4_000]);
    expect(s.failures).toBe(4);
    await r.finish(4, 'ok');
    expect(s.failures).toBe(0);
    expect(t.pending()).toBe(60_000);
  });

  it('a new record does not cut a backoff short, but coming online does', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({ run: r.run, clock: t.clock, backoff: policy, random: () => 1 });
    s.start();
    await r.finish(0, 'failed');
    s.trigger('record-created');
    await flush();
    expect(r.calls).toHaveLength(1);
    s.trigger('online');
    expect(r.calls).toHaveLength(2);
  });

  it('a failed run does not loop straight into another on a pending request', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({ run: r.run, clock: t.clock, backoff: policy, random: () => 1 });
    s.start();
    s.trigger('manual');
    await r.finish(0, 'failed');
    expect(r.calls).toHaveLength(1);
    expect(t.pending()).toBe(1_000);
  });

  it('a run that throws counts as a failure', async () => {
    const t = manualClock();
    const s = createSyncScheduler({
      run: () => Promise.reject(new Error('boom')),
      clock: t.clock,
      backoff: policy,
      random: () => 1,
    });
    s.start();
    await s.idle();
    await flush();
    expect(s.failures).toBe(1);
    expect(t.pending()).toBe(1_000);
  });

  it('stop cancels the timer and can abandon the run in flight', async () => {
    const t = manualClock();
    const r = controllableRun();
    const s = createSyncScheduler({ run: r.run, clock: t.clock, backoff: policy });
    s.start();
    const stopped = s.stop(true);
    expect(r.calls[0]!.signal.aborted).toBe(true);
    await r.finish(0, 'failed');
    await stopped;
    expect(t.pending()).toBeNull();
    s.trigger('manual');
    expect(r.calls).toHaveLength(1);
  });

  it('skips the run while another tab holds the lock, without counting a failure', async () => {
    const t = manualClock();
    const r = controllableRun();
    const held: LockLike = {
      request: (_name, options, callback) => {
        expect(options.ifAvailable).toBe(true);
        return callback(null);
      },
    };
    const s = createSyncScheduler({ run: r.run, clock: t.clock, backoff: policy, locks: held });
    s.start();
    await flush();
    expect(r.calls).toHaveLength(0);
    expect(s.failures).toBe(0);
    expect(t.pending()).toBe(60_000);
  });
});
