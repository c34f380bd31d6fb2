import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { hashPin, PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import { LOCKOUT_MS } from '../../../shared/desk/lockout';
import type { Volunteer } from '../../../shared/desk/volunteers';
import { currentLockout, tryUnlock } from './unlock';

let db: RecordsDb;
let n = 0;
let zhang: Volunteer;
let li: Volunteer;
beforeAll(async () => {
  zhang = {
    id: 'demo-zhang',
    name: '张',
    pin: await hashPin('2468', { iterations: PIN_MIN_ITERATIONS }),
  };
  li = {
    id: 'demo-li',
    name: '李',
    pin: await hashPin('1357', { iterations: PIN_MIN_ITERATIONS }),
  };
});
beforeEach(() => {
  n += 1;
  db = openRecordsDb(`unlock-test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('unlocking with a PIN', () => {
  it('opens with the right PIN and counts wrong ones', async () => {
    const clock = () => 1_000;
    expect(await tryUnlock(db, zhang, '1111', clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({ kind: 'unlocked' });
    expect(await tryUnlock(db, zhang, '1111', clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
  });

  it('locks the volunteer after five wrong PINs, across a reopen, and no one else', async () => {
    let now = 1_000;
    const clock = () => now;
    for (let i = 0; i < 4; i++) await tryUnlock(db, zhang, '0000', clock);
    expect(await tryUnlock(db, zhang, '0000', clock)).toEqual({
      kind: 'locked',
      scope: 'volunteer',
      retryInMs: LOCKOUT_MS,
    });
    now += 60_000;
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({
      kind: 'locked',
      scope: 'volunteer',
      retryInMs: LOCKOUT_MS - 60_000,
    });
    db.close();
    db = openRecordsDb(`unlock-test-${n}`);
    expect(await currentLockout(db, 'demo-zhang', now)).toEqual({
      locked: true,
      scope: 'volunteer',
      retryInMs: LOCKOUT_MS - 60_000,
    });
    expect(await currentLockout(db, 'demo-li', now)).toEqual({ locked: false, triesLeft: 5 });
    expect(await tryUnlock(db, li, '1357', clock)).toEqual({ kind: 'unlocked' });
    now += LOCKOUT_MS;
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({ kind: 'unlocked' });
  });
});
