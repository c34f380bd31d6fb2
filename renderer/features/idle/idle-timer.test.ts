import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer } from './idle-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const events: string[] = [];
  const timer = createIdleTimer({
    idleMs: 60_000,
    warnMs: 30_000,
    onWarn: () => events.push('warn'),
    onReset: () => events.push('reset'),
  });
  return { events, timer };
}

describe('idle timer', () => {
  it('warns after the idle period and resets after the warning runs out', () => {
    const { events } = setup();
    vi.advanceTimersByTime(59_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn']);
    vi.advanceTimersByTime(29_999);
    expect(events).toEqual(['warn']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn', 'reset']);
  });

  it('a touch during the warning ("I need more time") cancels the reset and restarts the wait', () => {
    const { events, timer } = setup();
    vi.advanceTimersByTime(60_000 + 25_000);
    timer.activity();
    vi.advanceTimersByTime(59_000);
    expect(events).toEqual(['warn']);
    vi.advanceTimersByTime(1_000 + 30_000);
    expect(events).toEqual(['warn', 'warn', 'reset']);
  });

  it('activity keeps pushing the warning back', () => {
    const { events, timer } = setup();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(50_000);
      timer.activity();
    }
    expect(events).toEqual([]);
  });

  it('does nothing after stop', () => {
    const { events, timer } = setup();
    timer.stop();
    vi.advanceTimersByTime(200_000);
    expect(events).toEqual([]);
  });

  it('refuses a warning shorter than 20 seconds (WCAG 2.2.1)', () => {
    expect(() =>
      createIdleTimer({ idleMs: 1000, warnMs: 19_999, onWarn: () => {}, onReset: () => {} }),
    ).toThrow(RangeError);
  });
});
