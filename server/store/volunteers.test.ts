import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { HubError } from '../hub-error';
import { pullChanges } from './changes';
import { addSite } from './sites';
import {
  addVolunteer,
  listVolunteers,
  putVolunteer,
  removeVolunteer,
  resetVolunteerPin,
  siteRoster,
} from './volunteers';
import { hashPin, PIN_MIN_ITERATIONS, verifyPin, type PinHash } from '../../shared/desk/pin';
import { ROSTER_MAX } from '../../shared/desk/volunteers';
import { readChange } from '../../shared/sync/protocol';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let cleanup: () => void;
let pin1: PinHash;
let pin2: PinHash;

beforeAll(async () => {
  pin1 = await hashPin('864209', { iterations: PIN_MIN_ITERATIONS });
  pin2 = await hashPin('5050', { iterations: PIN_MIN_ITERATIONS });
});
beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  for (const street of ['xujiahui', 'tianlin'] as const)
    addSite(db, { street, roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '一楼' } }, NOW);
});
afterEach(() => cleanup());

/** The `volunteers` changes a site's kiosks pull from the start, read as the kiosk reads them. */
function pulledRosters(siteId: string) {
  return pullChanges(db, siteId, 0, 100)
    .changes.filter((c) => c.kind === 'volunteers')
    .map((c) => readChange(c));
}

const wang = () => ({ id: 'wang-fang', name: '王芳', pin: pin1 });

describe("a site's desk volunteers", () => {
  it('publishes the whole roster to that site only, as a change the kiosk can read', () => {
    expect(addVolunteer(db, 'xujiahui', wang(), NOW)).toEqual({ ok: true });
    expect(
      addVolunteer(db, 'xujiahui', { id: 'li-ming', name: '李明', pin: pin2 }, NOW + 1),
    ).toEqual({ ok: true });

    const [change, ...more] = pulledRosters('xujiahui');
    expect(more).toEqual([]); // latest per key: one roster, not one per add
    expect(change?.kind).toBe('volunteers');
    expect(change?.key).toBe('xujiahui');
    expect(change?.body).toEqual({
      demo: false,
      volunteers: [
        { id: 'wang-fang', name: '王芳', pin: pin1 },
        { id: 'li-ming', name: '李明', pin: pin2 },
      ],
    });
    expect(pulledRosters('tianlin')).toEqual([]);
  });

  it('keeps only the hash: no PIN in the table or the feed, and the hash verifies', async () => {
    addVolunteer(db, 'xujiahui', wang(), NOW);
    const everything = JSON.stringify([
      db.prepare('SELECT * FROM volunteers').all(),
      db.prepare('SELECT * FROM changes').all(),
    ]);
    expect(everything).not.toContain('864209');
    const stored = siteRoster(db, 'xujiahui').volunteers[0];
    expect(await verifyPin('864209', stored!.pin)).toBe(true);
  });

  it('removes a volunteer from the roster but keeps the row, and never reuses the id', () => {
    addVolunteer(db, 'xujiahui', wang(), NOW);
    const before = pullChanges(db, 'xujiahui', 0, 100).cursor;
    expect(removeVolunteer(db, 'xujiahui', 'wang-fang', NOW + 5)).toEqual({ ok: true });

    const after = pullChanges(db, 'xujiahui', before, 100).changes;
    expect(after.map((c) => [c.kind, c.body])).toEqual([
      ['volunteers', { demo: false, volunteers: [] }],
    ]);
    expect(listVolunteers(db, 'xujiahui')).toEqual([
      {
        siteId: 'xujiahui',
        id: 'wang-fang',
        name: '王芳',
        active: false,
        createdAt: NOW,
        updatedAt: NOW + 5,
      },
    ]);
    expect(removeVolunteer(db, 'xujiahui', 'wang-fang', NOW)).toEqual({
      ok: false,
      refusal: 'removed',
    });
    expect(addVolunteer(db, 'xujiahui', wang(), NOW)).toEqual({ ok: false, refusal: 'duplicate' });
    expect(resetVolunteerPin(db, 'xujiahui', 'wang-fang', pin2, NOW)).toEqual({
      ok: false,
      refusal: 'removed',
    });
  });

  it('resets a PIN: the new hash replaces the old in the published roster', async () => {
    addVolunteer(db, 'xujiahui', wang(), NOW);
    expect(resetVolunteerPin(db, 'xujiahui', 'wang-fang', pin2, NOW + 1)).toEqual({ ok: true });
    const [change] = pulledRosters('xujiahui');
    const pin = change?.kind === 'volunteers' ? change.body.volunteers[0]?.pin : undefined;
    expect(await verifyPin('5050', pin!)).toBe(true);
    expect(await verifyPin('864209', pin!)).toBe(false);
  });

  it('refuses a duplicate id, an unknown volunteer and an unknown site, changing nothing', () => {
    addVolunteer(db, 'xujiahui', wang(), NOW);
    const feed = JSON.stringify(db.prepare('SELECT * FROM changes').all());
    const table = JSON.stringify(db.prepare('SELECT * FROM volunteers').all());

    expect(addVolunteer(db, 'xujiahui', { ...wang(), name: '另一个王芳' }, NOW)).toEqual({
      ok: false,
      refusal: 'duplicate',
    });
    expect(removeVolunteer(db, 'xujiahui', 'nobody', NOW)).toEqual({
      ok: false,
      refusal: 'unknownVolunteer',
    });
    expect(() => addVolunteer(db, 'atlantis', wang(), NOW)).toThrow(HubError);
    expect(() => listVolunteers(db, 'atlantis')).toThrow(/no site with id atlantis/);
    // The same id at another site is another person.
    expect(addVolunteer(db, 'tianlin', wang(), NOW)).toEqual({ ok: true });
    expect(
      JSON.stringify(db.prepare("SELECT * FROM volunteers WHERE site_id = 'xujiahui'").all()),
    ).toBe(table);
    expect(
      JSON.stringify(db.prepare("SELECT * FROM changes WHERE site_id = 'xujiahui'").all()),
    ).toBe(
      JSON.stringify(
        (JSON.parse(feed) as { site_id: string }[]).filter((c) => c.site_id === 'xujiahui'),
      ),
    );
  });

  it('refuses bad input at the store boundary too (a bad id, a plain PIN)', () => {
    expect(() => addVolunteer(db, 'xujiahui', { ...wang(), id: 'Wang Fang' }, NOW)).toThrow();
    expect(() =>
      addVolunteer(db, 'xujiahui', { ...wang(), pin: '1234' as unknown as PinHash }, NOW),
    ).toThrow();
    expect(listVolunteers(db, 'xujiahui')).toEqual([]);
  });

  it(`holds at most ${ROSTER_MAX} active volunteers a site`, () => {
    for (let i = 0; i < ROSTER_MAX; i++)
      expect(
        addVolunteer(db, 'xujiahui', { id: `v-${i}`, name: `志愿者${i}`, pin: pin1 }, NOW).ok,
      ).toBe(true);
    expect(addVolunteer(db, 'xujiahui', { ...wang() }, NOW)).toEqual({
      ok: false,
      refusal: 'rosterFull',
    });
    removeVolunteer(db, 'xujiahui', 'v-0', NOW);
    expect(addVolunteer(db, 'xujiahui', wang(), NOW)).toEqual({ ok: true });
    expect(siteRoster(db, 'xujiahui').volunteers).toHaveLength(ROSTER_MAX);
  });

  it('puts a volunteer back as given (the demo seed), republishing only when something differs', () => {
    expect(putVolunteer(db, 'xujiahui', wang(), NOW)).toBe(true);
    const cursor = pullChanges(db, 'xujiahui', 0, 100).cursor;
    expect(putVolunteer(db, 'xujiahui', wang(), NOW + 1)).toBe(false);
    expect(pullChanges(db, 'xujiahui', cursor, 100).changes).toEqual([]);
    removeVolunteer(db, 'xujiahui', 'wang-fang', NOW + 2);
    expect(putVolunteer(db, 'xujiahui', wang(), NOW + 3)).toBe(true);
    expect(siteRoster(db, 'xujiahui').volunteers.map((v) => v.id)).toEqual(['wang-fang']);
  });
});
