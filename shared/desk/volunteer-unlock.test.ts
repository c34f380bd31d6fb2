import { beforeAll, describe, expect, it } from 'vitest';
import { hashPin, PIN_MIN_ITERATIONS, type PinHash } from './pin';
import { LOCKOUT_MS, NO_LOCKOUT, type LockoutState } from './lockout';
import type { LockoutStore } from './pin-attempt';
import {
  DEVICE_BACKSTOP,
  tryVolunteerPin,
  volunteerLockStatus,
  type VolunteerLockoutStores,
} from './volunteer-unlock';

function memoryStore(): LockoutStore & { state: LockoutState } {
  const store = {
    state: NO_LOCKOUT,
    read: () => Promise.resolve(store.state),
    write: (state: LockoutState) => {
      store.state = state;
      return Promise.resolve();
    },
  };
  return store;
}

/** One device with a count per volunteer and the device's backstop count. */
function device() {
  const backstop = memoryStore();
  const counts = new Map<string, LockoutStore>();
  return (id: string): VolunteerLockoutStores => {
    if (!counts.has(id)) counts.set(id, memoryStore());
    return { volunteer: counts.get(id) as LockoutStore, device: backstop };
  };
}

let zhang: PinHash;
let li: PinHash;
beforeAll(async () => {
  zhang = await hashPin('2468', { iterations: PIN_MIN_ITERATIONS });
  li = await hashPin('1357', { iterations: PIN_MIN_ITERATIONS });
});

describe('unlocking the desk, counted per volunteer', () => {
  it('five wrong PINs lock that volunteer only: another volunteer still opens the desk', async () => {
    const stores = device();
    let now = 1_000;
    const clock = () => now;
    for (let left = 4; left >= 1; left--)
      expect(await tryVolunteerPin(stores('demo-zhang'), '0000', zhang, clock)).toEqual({
        kind: 'wrong',
        triesLeft: left,
      });
    expect(await tryVolunteerPin(stores('demo-zhang'), '0000', zhang, clock)).toEqual({
      kind: 'locked',
      scope: 'volunteer',
      retryInMs: LOCKOUT_MS,
    });
    // Even the right PIN is not tried for the locked name...
    expect(await tryVolunteerPin(stores('demo-zhang'), '2468', zhang, clock)).toMatchObject({
      kind: 'locked',
      scope: 'volunteer',
    });
    // ...but the next volunteer is not affected.
    expect(await volunteerLockStatus(stores('demo-li'), now)).toEqual({
      locked: false,
      triesLeft: 5,
    });
    expect(await tryVolunteerPin(stores('demo-li'), '1357', li, clock)).toEqual({
      kind: 'unlocked',
    });
    now += LOCKOUT_MS;
    expect(await tryVolunteerPin(stores('demo-zhang'), '2468', zhang, clock)).toEqual({
      kind: 'unlocked',
    });
  });

  it('guessing through the names trips the device backstop, which locks everyone', async () => {
    const stores = device();
    const now = 1_000;
    const clock = () => now;
    // Four wrong at each of five names: no name locks, but twenty wrong in a row on the device.
    let last;
    for (let name = 0; name < 5; name++)
      for (let i = 0; i < 4; i++)
        last = await tryVolunteerPin(stores(`guess-${name}`), '0000', zhang, clock);
    expect(DEVICE_BACKSTOP.maxTries).toBe(20);
    expect(last).toEqual({ kind: 'locked', scope: 'device', retryInMs: DEVICE_BACKSTOP.lockMs });
    expect(await tryVolunteerPin(stores('demo-li'), '1357', li, clock)).toMatchObject({
      kind: 'locked',
      scope: 'device',
    });
    expect(await volunteerLockStatus(stores('demo-li'), now + DEVICE_BACKSTOP.lockMs)).toEqual({
      locked: false,
      triesLeft: 5,
    });
  });

  it('a right PIN by anyone resets the backstop, so everyday typos never add up to it', async () => {
    const stores = device();
    const clock = () => 1_000;
    // Seven rounds of three typos: 21 wrong PINs in all, never 20 in a row.
    for (let round = 0; round < 7; round++) {
      for (let i = 0; i < 3; i++) await tryVolunteerPin(stores(`v-${round}`), '0000', zhang, clock);
      expect(await tryVolunteerPin(stores('demo-li'), '1357', li, clock)).toEqual({
        kind: 'unlocked',
      });
    }
  });
});
