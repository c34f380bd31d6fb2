import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { hashPin, PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import { LOCKOUT_MS } from '../../../shared/desk/lockout';
import type { Volunteer } from '../../../shared/desk/volunteers';
import { currentLockout, tryUnlock } from './unlock';
import { loadRoster, readRoster, ROSTER_KEY } from './volunteer-roster';

let db: RecordsDb;
let content: ContentDb;
let n = 0;
let zhang: Volunteer;
beforeAll(async () => {
  zhang = {
    id: 'demo-zhang',
    name: '张',
    pin: await hashPin('2468', { iterations: PIN_MIN_ITERATIONS }),
  };
});
beforeEach(() => {
  n += 1;
  db = openRecordsDb(`unlock-test-${n}`);
  content = openContentDb(`unlock-content-${n}`);
});
afterEach(async () => {
  await db.delete();
  await content.delete();
});

describe('unlocking with a PIN', () => {
  it('opens with the right PIN and counts wrong ones', async () => {
    const clock = () => 1_000;
    expect(await tryUnlock(db, zhang, '1111', clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({ kind: 'unlocked' });
    expect(await tryUnlock(db, zhang, '1111', clock)).toEqual({ kind: 'wrong', triesLeft: 4 });
  });

  it('locks after five wrong PINs, refuses even the right one, and keeps it across a reopen', async () => {
    let now = 1_000;
    const clock = () => now;
    for (let i = 0; i < 4; i++) await tryUnlock(db, zhang, '0000', clock);
    expect(await tryUnlock(db, zhang, '0000', clock)).toEqual({
      kind: 'locked',
      retryInMs: LOCKOUT_MS,
    });
    now += 60_000;
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({
      kind: 'locked',
      retryInMs: LOCKOUT_MS - 60_000,
    });
    db.close();
    db = openRecordsDb(`unlock-test-${n}`);
    expect(await currentLockout(db, now)).toEqual({
      locked: true,
      retryInMs: LOCKOUT_MS - 60_000,
    });
    now += LOCKOUT_MS;
    expect(await tryUnlock(db, zhang, '2468', clock)).toEqual({ kind: 'unlocked' });
  });
});

describe('the volunteer roster', () => {
  it('seeds the two demo volunteers, with hashed PINs, when none are set up', async () => {
    const roster = await loadRoster(content);
    expect(roster.demo).toBe(true);
    expect(roster.volunteers.map((v) => v.id)).toEqual(['demo-zhang', 'demo-li']);
    expect(JSON.stringify(await readRoster(content))).not.toMatch(/2468|1357/);
    const [z, l] = roster.volunteers;
    expect(await tryUnlock(db, z!, '2468')).toEqual({ kind: 'unlocked' });
    expect(await tryUnlock(db, l!, '1357')).toEqual({ kind: 'unlocked' });
  });

  it('keeps a roster that was set up, and ignores a damaged one', async () => {
    const real = { demo: false, volunteers: [zhang] };
    await content.content.put({ key: ROSTER_KEY, value: real, updatedAt: '' });
    expect(await loadRoster(content)).toEqual(real);
    await content.content.put({ key: ROSTER_KEY, value: { volunteers: 'x' }, updatedAt: '' });
    expect(await readRoster(content)).toBeNull();
  });
});
