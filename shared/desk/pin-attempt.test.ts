import { beforeAll, describe, expect, it } from 'vitest';
import { hashPin, PIN_MIN_ITERATIONS, type PinHash } from './pin';
import { LOCKOUT_MS, NO_LOCKOUT, type LockoutState } from './lockout';
import { readLockoutStatus, tryPin, type LockoutStore } from './pin-attempt';

/** The count kept in memory; `writes` shows what a try stored. */
function memoryStore(initial: LockoutState = NO_LOCKOUT) {
  const store = {
    state: initial,
    writes: 0,
    read: () => Promise.resolve(store.state),
    write: (state: LockoutState) => {
      store.state = state;
      store.writes += 1;
      return Promise.resolve();
    },
  };
  return store satisfies LockoutStore;
}

let stored: PinHash;
beforeAll(async () => {
  stored = await hashPin('2468', { iterations: PIN_MIN_ITERATIONS });
});

describe('trying a PIN against its hash, with the lockout', () => {
  it('opens with the right PIN, counts wrong ones, and a right PIN starts the count again', async () => {
    const store = memoryStore();
    const clock = () => 1_000;
    expect(await tryPin(store, '1111', stored, clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
    expect(await tryPin(store, '1111', stored, clock)).toEqual({ kind: 'wrong', triesLeft: 3 });
    expect(await tryPin(store, '2468', stored, clock)).toEqual({ kind: 'unlocked' });
    expect(store.state).toEqual(NO_LOCKOUT);
    expect(await tryPin(store, '1111', stored, clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
  });

  it('locks on the fifth wrong PIN and then refuses even the right one without counting it', async () => {
    const store = memoryStore();
    let now = 1_000;
    const clock = () => now;
    for (let i = 0; i < 4; i++) await tryPin(store, '0000', stored, clock);
    expect(await tryPin(store, '0000', stored, clock)).toEqual({
      kind: 'locked',
      retryInMs: LOCKOUT_MS,
    });
    const locked = store.state;
    const writes = store.writes;
    now += 60_000;
    expect(await tryPin(store, '2468', stored, clock)).toEqual({
      kind: 'locked',
      retryInMs: LOCKOUT_MS - 60_000,
    });
    expect(store.state).toBe(locked);
    expect(store.writes).toBe(writes);
    expect(await readLockoutStatus(store, now)).toEqual({
      locked: true,
      retryInMs: LOCKOUT_MS - 60_000,
    });
    now += LOCKOUT_MS;
    expect(await tryPin(store, '2468', stored, clock)).toEqual({ kind: 'unlocked' });
  });

  it('keeps counting from what the store holds (a reload gives no fresh tries)', async () => {
    const store = memoryStore({ failures: 4, lockedUntil: null });
    expect(await tryPin(store, '9999', stored, () => 5_000)).toEqual({
      kind: 'locked',
      retryInMs: LOCKOUT_MS,
    });
    expect(store.state).toEqual({ failures: 0, lockedUntil: 5_000 + LOCKOUT_MS });
  });

  it('says no PIN was set without counting a try, unless the screen is locked', async () => {
    const store = memoryStore();
    expect(await tryPin(store, '246810', null, () => 1_000)).toEqual({ kind: 'noPin' });
    expect(store.writes).toBe(0);
    const locked = memoryStore({ failures: 0, lockedUntil: 2_000 });
    expect(await tryPin(locked, '246810', null, () => 1_000)).toEqual({
      kind: 'locked',
      retryInMs: 1_000,
    });
  });

  it('refuses a malformed stored hash as a wrong PIN', async () => {
    const store = memoryStore();
    const damaged = { ...stored, hash: 'AAAA' };
    expect(await tryPin(store, '2468', damaged, () => 1_000)).toEqual({
      kind: 'wrong',
      triesLeft: 4,
    });
  });
});
