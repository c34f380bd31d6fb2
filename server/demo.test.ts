import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db/open';
import { openTempHubDb } from './testing/temp-db';
import { DEMO_SITE, seedDemo, seedDemoVolunteers, shanghaiMonth } from './demo';
import { removeVolunteer, siteRoster } from './store/volunteers';
import { verifyPin } from '../shared/desk/pin';
import { DEMO_VOLUNTEERS } from '../shared/desk/volunteers';
import { SiteSettings } from '../shared/sync/content';
import { DEMO_CODE, pendingCodes } from './store/codes';
import { pullChanges } from './store/changes';
import { enrollDevice } from './store/devices';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = openTempHubDb()));
afterEach(() => cleanup());

const count = (table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('seedDemo', () => {
  it("publishes the Xujiahui room, its rota and this month's theme, and creates DEMO-2026", () => {
    seedDemo(db, NOW);
    const changes = pullChanges(db, 'xujiahui', 0, 100).changes;
    expect(changes.map((c) => `${c.kind}:${c.key}`)).toEqual([
      'site:xujiahui',
      'rota:xujiahui',
      'theme:2026-11',
    ]);
    expect(changes[0]?.body).toEqual(DEMO_SITE);
    expect(pendingCodes(db, NOW)).toEqual([
      { code: DEMO_CODE, siteId: 'xujiahui', expiresAt: null, reusable: true },
    ]);
    expect(enrollDevice(db, DEMO_CODE, null, NOW, 0).site.roomName['zh-CN']).toBe(
      '徐家汇街道公共法律服务客厅',
    );
  });

  it('offers X services whose names and summaries pass the site settings schema', () => {
    expect(SiteSettings.parse(DEMO_SITE)).toEqual(DEMO_SITE);
    expect(DEMO_SITE.xServices.every((x) => x.summary !== undefined)).toBe(true);
  });

  it('is idempotent: a second run adds no rows and republishes nothing', () => {
    seedDemo(db, NOW);
    const before = ['sites', 'changes', 'enrollment_codes'].map(count);
    const cursor = pullChanges(db, 'xujiahui', 0, 100).cursor;
    seedDemo(db, NOW + 3600_000);
    expect(['sites', 'changes', 'enrollment_codes'].map(count)).toEqual(before);
    expect(pullChanges(db, 'xujiahui', cursor, 100).changes).toEqual([]);
  });

  it("adds the new month's theme when run in a later month", () => {
    seedDemo(db, NOW);
    seedDemo(db, Date.UTC(2026, 11, 31, 17, 0, 0)); // 2027-01-01 01:00 in Shanghai
    expect(
      pullChanges(db, 'xujiahui', 0, 100)
        .changes.filter((c) => c.kind === 'theme')
        .map((c) => c.key),
    ).toEqual(['2026-11', '2027-01']);
  });

  it('takes the month in Shanghai time', () => {
    expect(shanghaiMonth(Date.UTC(2026, 10, 30, 16, 30))).toBe('2026-12');
    expect(shanghaiMonth(Date.UTC(2026, 10, 30, 15, 30))).toBe('2026-11');
  });
});

describe('seedDemoVolunteers', () => {
  it('publishes the two documented demo volunteers to the demo site, PINs working, once', async () => {
    seedDemo(db, NOW);
    expect(await seedDemoVolunteers(db, NOW)).toBe(true);
    const roster = pullChanges(db, 'xujiahui', 0, 100).changes.filter(
      (c) => c.kind === 'volunteers',
    );
    expect(roster.map((c) => c.key)).toEqual(['xujiahui']);
    const volunteers = siteRoster(db, 'xujiahui').volunteers;
    expect(volunteers.map((v) => [v.id, v.name])).toEqual(
      DEMO_VOLUNTEERS.map((v) => [v.id, v.name]),
    );
    for (const [i, v] of DEMO_VOLUNTEERS.entries())
      expect(await verifyPin(v.pin, volunteers[i]!.pin)).toBe(true);

    const cursor = pullChanges(db, 'xujiahui', 0, 100).cursor;
    expect(await seedDemoVolunteers(db, NOW + 1)).toBe(false);
    expect(pullChanges(db, 'xujiahui', cursor, 100).changes).toEqual([]);
  });

  it('puts back a demo volunteer an admin removed', async () => {
    seedDemo(db, NOW);
    await seedDemoVolunteers(db, NOW);
    removeVolunteer(db, 'xujiahui', 'demo-li', NOW);
    expect(await seedDemoVolunteers(db, NOW)).toBe(true);
    expect(
      siteRoster(db, 'xujiahui')
        .volunteers.map((v) => v.id)
        .sort(),
    ).toEqual(['demo-li', 'demo-zhang']);
  });
});
