import { describe, expect, it } from 'vitest';
import {
  afterRightPin,
  afterWrongPin,
  LOCKOUT_MS,
  lockoutStatus,
  NO_LOCKOUT,
  retryIn,
  type LockoutState,
} from './lockout';

const T0 = 1_800_000_000_000;

function wrong(times: number, state: LockoutState = NO_LOCKOUT, at = T0): LockoutState {
  let s = state;
  for (let i = 0; i < times; i++) s = afterWrongPin(s, at + i * 1000);
  return s;
}

describe('PIN lockout', () => {
  it('counts down the tries left', () => {
    expect(lockoutStatus(NO_LOCKOUT, T0)).toEqual({ locked: false, triesLeft: 5 });
    expect(lockoutStatus(wrong(1), T0 + 1000)).toEqual({ locked: false, triesLeft: 4 });
    expect(lockoutStatus(wrong(4), T0 + 4000)).toEqual({ locked: false, triesLeft: 1 });
  });

  it('locks for five minutes on the fifth wrong try', () => {
    const locked = wrong(5);
    const at = T0 + 4000; // the fifth try
    expect(lockoutStatus(locked, at)).toEqual({ locked: true, retryInMs: LOCKOUT_MS });
    expect(lockoutStatus(locked, at + LOCKOUT_MS - 1)).toEqual({ locked: true, retryInMs: 1 });
    expect(lockoutStatus(locked, at + LOCKOUT_MS)).toEqual({ locked: false, triesLeft: 5 });
  });

  it('ignores tries while locked: they neither count nor extend the lock', () => {
    const locked = wrong(5);
    expect(afterWrongPin(locked, T0 + 60_000)).toBe(locked);
  });

  it('starts a fresh count after the lock expires', () => {
    const afterLock = afterWrongPin(wrong(5), T0 + 4000 + LOCKOUT_MS);
    expect(lockoutStatus(afterLock, T0 + 4000 + LOCKOUT_MS)).toEqual({
      locked: false,
      triesLeft: 4,
    });
  });

  it('a right PIN clears the count', () => {
    expect(lockoutStatus(afterRightPin(), T0)).toEqual({ locked: false, triesLeft: 5 });
  });

  it('shows the wait in whole minutes and seconds, rounded up', () => {
    expect(retryIn(LOCKOUT_MS)).toEqual({ minutes: 5, seconds: 0 });
    expect(retryIn(61_001)).toEqual({ minutes: 1, seconds: 2 });
    expect(retryIn(-5)).toEqual({ minutes: 0, seconds: 0 });
  });
});
