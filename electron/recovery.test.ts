import { describe, expect, it } from 'vitest';
import { FakeWebContents } from '../tests/setup/electron-mock';
import {
  DEFAULT_RECOVERY_POLICY,
  FORCED_CRASH_REPORT_MS,
  planReload,
  superviseRenderer,
} from './recovery';

const policy = { baseDelayMs: 1_000, maxDelayMs: 60_000, forgetAfterMs: 600_000 };

describe('planReload', () => {
  it('doubles the delay with each failure in a row', () => {
    let failures: number[] = [];
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const plan = planReload(failures, 1_000 * i, policy);
      failures = plan.failures;
      delays.push(plan.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    const failures = Array.from({ length: 200 }, (_, i) => i);
    expect(planReload(failures, 300, policy).delayMs).toBe(60_000);
  });

  it('forgets failures after a quiet spell', () => {
    const plan = planReload([0, 1_000, 2_000], 2_000 + 600_000, policy);
    expect(plan.failures).toHaveLength(1);
    expect(plan.delayMs).toBe(1_000);
  });

  it('has a default policy that reloads within a second first and caps at a minute', () => {
    expect(planReload([], 0).delayMs).toBe(DEFAULT_RECOVERY_POLICY.baseDelayMs);
    expect(DEFAULT_RECOVERY_POLICY.maxDelayMs).toBe(60_000);
  });
});

describe('superviseRenderer', () => {
  function supervised() {
    const contents = new FakeWebContents();
    const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
    let clock = 0;
    let failuresReported = 0;
    superviseRenderer(contents as never, {
      policy,
      now: () => clock,
      onFailure: () => failuresReported++,
      setTimer: (fn, ms) => {
        const t = { fn, ms, cleared: false };
        timers.push(t);
        return t;
      },
      clearTimer: (t) => {
        (t as { cleared: boolean }).cleared = true;
      },
    });
    const runTimers = () => {
      for (const t of timers.splice(0)) if (!t.cleared) t.fn();
    };
    return {
      contents,
      timers,
      runTimers,
      tick: (ms: number) => (clock += ms),
      failuresReported: () => failuresReported,
    };
  }

  it('reloads after a renderer crash, backing off on repeated crashes', () => {
    const { contents, timers, runTimers, tick } = supervised();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(timers.map((t) => t.ms)).toEqual([1_000]);
    runTimers();
    expect(contents.reload).toHaveBeenCalledTimes(1);
    tick(1_000);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
  });

  it('crashes and reloads a hung renderer unless it answers again', () => {
    const { contents, runTimers } = supervised();
    contents.emit('unresponsive');
    contents.emit('responsive');
    runTimers();
    expect(contents.reload).not.toHaveBeenCalled();

    contents.emit('unresponsive');
    runTimers();
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });

  it('counts a hung renderer it crashed itself as one failure, with one reload', async () => {
    const { contents, timers, runTimers, failuresReported } = supervised();
    contents.emit('unresponsive');
    runTimers();
    await Promise.resolve(); // Electron reports the forced crash after the reload was asked for
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(timers).toHaveLength(0);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(failuresReported()).toBe(1);
  });

  it('still recovers from a real crash after the forced one was reported', async () => {
    const { contents, timers, runTimers, tick, failuresReported } = supervised();
    contents.emit('unresponsive');
    runTimers();
    await Promise.resolve();
    tick(5_000);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    expect(failuresReported()).toBe(2);
  });

  it('does not wait forever for a forced crash report that never comes', () => {
    const { contents, timers, runTimers, tick } = supervised();
    contents.forcefullyCrashRenderer.mockImplementationOnce(() => undefined);
    contents.emit('unresponsive');
    runTimers();
    tick(FORCED_CRASH_REPORT_MS);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(timers).toHaveLength(1);
  });

  it('only reloads a hung renderer that died by itself meanwhile, even if it said it answers', () => {
    const { contents, runTimers, failuresReported } = supervised();
    contents.emit('unresponsive');
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.emit('responsive');
    runTimers();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(failuresReported()).toBe(1);
  });

  it('schedules one recovery for a hang followed by a crash', () => {
    const { contents, timers } = supervised();
    contents.emit('unresponsive');
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(timers).toHaveLength(1);
  });

  it('does not touch a window that is gone', () => {
    const { contents, runTimers } = supervised();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.destroyed = true;
    runTimers();
    expect(contents.reload).not.toHaveBeenCalled();
  });
});

describe('superviseRenderer failure reports', () => {
  it('tells its listener of each failure before the reload runs', () => {
    const contents = new FakeWebContents();
    const order: string[] = [];
    const timers: (() => void)[] = [];
    contents.reload.mockImplementation(() => order.push('reload'));
    superviseRenderer(contents as never, {
      policy,
      now: () => 0,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
      onFailure: () => order.push('failure'),
    });
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    for (const fn of timers.splice(0)) fn();
    expect(order).toEqual(['failure', 'reload']);
  });
});
