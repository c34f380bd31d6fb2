import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { applyPullPage } from '../../sync/pull';
import { hashPin, PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import type { HubVolunteerRoster, Volunteer } from '../../../shared/desk/volunteers';
import type { PullResponse, WireChange } from '../../../shared/sync/protocol';
import { tryUnlock } from './unlock';
import { readRoster, readRosterState, ROSTER_KEY, seedDemoRoster } from './volunteer-roster';

let content: ContentDb;
let records: RecordsDb;
let n = 0;
let wang: Volunteer;
const demo = () => Promise.resolve(true);
const live = () => Promise.resolve(false);

beforeAll(async () => {
  wang = {
    id: 'wang-fang',
    name: '王芳',
    pin: await hashPin('864209', { iterations: PIN_MIN_ITERATIONS }),
  };
});
beforeEach(() => {
  n += 1;
  content = openContentDb(`roster-content-${n}`);
  records = openRecordsDb(`roster-records-${n}`);
});
afterEach(async () => {
  await content.delete();
  await records.delete();
});

function page(changes: WireChange[], cursor: number): PullResponse {
  return { changes, cursor, more: false, hubTime: '2026-11-29T02:00:00.000Z' };
}
const rosterChange = (cursor: number, body: unknown): WireChange => ({
  cursor,
  kind: 'volunteers',
  key: 'xujiahui',
  body,
});

describe('the demo roster', () => {
  it('seeds the two demo volunteers, with hashed PINs, on a demo kiosk with no roster', async () => {
    expect(await seedDemoRoster(content, demo)).toBe(true);
    const roster = await readRoster(content);
    expect(roster?.demo).toBe(true);
    expect(roster?.volunteers.map((v) => v.id)).toEqual(['demo-zhang', 'demo-li']);
    expect(JSON.stringify(roster)).not.toMatch(/2468|1357/);
    const [z, l] = roster?.volunteers ?? [];
    expect(await tryUnlock(records, z!, '2468')).toEqual({ kind: 'unlocked' });
    expect(await tryUnlock(records, l!, '1357')).toEqual({ kind: 'unlocked' });
  });

  it('never seeds on a kiosk that is not a demo: nobody can open the desk until the hub sends one', async () => {
    expect(await seedDemoRoster(content, live)).toBe(false);
    expect(await readRosterState(content)).toEqual({ kind: 'none' });
  });

  it('never replaces a roster the hub sent, even an empty one, nor a damaged entry', async () => {
    const empty: HubVolunteerRoster = { demo: false, volunteers: [] };
    await content.content.put({ key: ROSTER_KEY, value: empty, updatedAt: '' });
    expect(await seedDemoRoster(content, demo)).toBe(false);
    expect(await readRosterState(content)).toEqual({ kind: 'roster', roster: empty });

    await content.content.put({ key: ROSTER_KEY, value: { volunteers: 'x' }, updatedAt: '' });
    expect(await seedDemoRoster(content, demo)).toBe(false);
    expect(await readRosterState(content)).toEqual({ kind: 'unreadable' });
    expect(await readRoster(content)).toBeNull();
  });
});

describe('a roster from the hub (a `volunteers` change in a pull)', () => {
  it('replaces the demo volunteers: the hub volunteer opens the desk, the demo one is gone', async () => {
    await seedDemoRoster(content, demo);
    const body: HubVolunteerRoster = { demo: false, volunteers: [wang] };
    const result = await applyPullPage({ content, records }, 0, page([rosterChange(7, body)], 7));
    expect(result).toEqual({ applied: 1, skipped: 0, stale: false });

    const roster = await readRoster(content);
    expect(roster).toEqual(body);
    expect(roster?.volunteers.some((v) => v.id === 'demo-zhang')).toBe(false);
    expect(await tryUnlock(records, roster!.volunteers[0]!, '864209')).toEqual({
      kind: 'unlocked',
    });
    // A later demo check leaves the hub's roster alone.
    expect(await seedDemoRoster(content, demo)).toBe(false);
  });

  it('a later change with the volunteer removed leaves an empty roster, not the demo', async () => {
    await applyPullPage(
      { content, records },
      0,
      page([rosterChange(3, { demo: false, volunteers: [wang] })], 3),
    );
    await applyPullPage(
      { content, records },
      3,
      page([rosterChange(9, { demo: false, volunteers: [] })], 9),
    );
    expect(await readRosterState(content)).toEqual({
      kind: 'roster',
      roster: { demo: false, volunteers: [] },
    });
  });

  it('skips a body it cannot read (a plain PIN, a demo flag, a bad hash) and keeps the roster it had', async () => {
    await applyPullPage(
      { content, records },
      0,
      page([rosterChange(3, { demo: false, volunteers: [wang] })], 3),
    );
    const bad = [
      { demo: false, volunteers: [{ id: 'li', name: '李', pin: '1234' }] },
      { demo: true, volunteers: [wang] },
      { demo: false, volunteers: [{ ...wang, pin: { ...wang.pin, hash: 'short' } }] },
      { demo: false, volunteers: [wang, wang] },
    ];
    const result = await applyPullPage(
      { content, records },
      3,
      page(
        bad.map((body, i) => rosterChange(4 + i, body)),
        7,
      ),
    );
    expect(result).toEqual({ applied: 0, skipped: 4, stale: false });
    expect(await readRoster(content)).toEqual({ demo: false, volunteers: [wang] });
  });
});
