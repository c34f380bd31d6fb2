import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentDb, type ContentDb } from '../db/content-db';
import type { PullResponse, WireChange } from '../../shared/sync/protocol';
import type { Rota, SiteSettings, ThemeActivity } from '../../shared/sync/content';
import { HUB_KEYS } from '../content/hub-content';
import { readSiteView } from '../content/site-store';
import { loadCatalogue } from '../content/catalogue-store';
import { defaultCatalogue } from '../../shared/catalogue/default';
import { applyPullPage, readPullCursor, type PullDbs } from './pull';
import { openRecordsDb, type RecordsDb } from '../db/records-db';

let db: ContentDb;
let records: RecordsDb;
let dbs: PullDbs;
let n = 0;
beforeEach(() => {
  n += 1;
  db = openContentDb(`pull-test-${n}`);
  records = openRecordsDb(`pull-records-test-${n}`);
  dbs = { content: db, records };
});
afterEach(async () => {
  await db.delete();
  await records.delete();
});

const site: SiteSettings = {
  siteId: 'tianlin',
  street: 'tianlin',
  roomName: { 'zh-CN': '田林街道公共法律服务客厅', en: 'Tianlin Living Room' },
  address: { 'zh-CN': '田林路 1 号', en: '1 Tianlin Road' },
  openingHours: { 'zh-CN': '周一至周五', en: 'Mon-Fri' },
  xServices: [],
};
const rota: Rota = {
  entries: [{ weekday: 1, start: '09:00', end: '11:00', service: 'notary', who: '公证员 周老师' }],
};
const theme: ThemeActivity = {
  month: '2026-11',
  title: { 'zh-CN': '劳动权益月', en: 'Rights at work month' },
  date: '2026-11-18',
  place: { 'zh-CN': '多功能厅', en: 'Hall' },
};

function page(changes: WireChange[], cursor: number, more = false): PullResponse {
  return { changes, cursor, more, hubTime: '2026-11-29T02:00:00.000Z' };
}
const monday = new Date(2026, 10, 30, 10, 0);

describe('applying a pull page', () => {
  it('stores site, rota and theme so Home shows the hub’s room instead of the demo', async () => {
    expect(await readSiteView(db, monday)).toBeUndefined();
    await applyPullPage(
      dbs,
      0,
      page(
        [
          { cursor: 1, kind: 'site', key: 'tianlin', body: site },
          { cursor: 2, kind: 'rota', key: 'tianlin', body: rota },
          { cursor: 3, kind: 'theme', key: '2026-11', body: theme },
        ],
        3,
      ),
    );
    expect(await readPullCursor(db)).toBe(3);
    const view = await readSiteView(db, monday);
    expect(view).toMatchObject({
      demo: false,
      roomName: site.roomName,
      street: { 'zh-CN': '田林街道' },
      rota: [{ weekday: 1, serviceId: 'notary', who: '公证员 周老师' }],
      theme: { month: '2026-11', title: theme.title },
    });
  });

  it('skips kinds and bodies it cannot read but still moves the cursor past them', async () => {
    const result = await applyPullPage(
      dbs,
      0,
      page(
        [
          { cursor: 1, kind: 'weather', key: 'x', body: { sunny: true } },
          { cursor: 2, kind: 'rota', key: 'tianlin', body: { entries: 'not a list' } },
          { cursor: 3, kind: 'rota', key: 'tianlin', body: rota },
        ],
        3,
      ),
    );
    expect(result).toEqual({ applied: 1, skipped: 2, stale: false });
    expect(await readPullCursor(db)).toBe(3);
  });

  it('is atomic: a failure mid-page moves neither the content nor the cursor', async () => {
    await applyPullPage(dbs, 0, page([{ cursor: 1, kind: 'site', key: 'tianlin', body: site }], 1));
    const before = await db.content.toArray();
    db.content.hook('creating', (key) => {
      if (key === `${HUB_KEYS.themePrefix}2026-11`) throw new Error('disk trouble');
    });
    const renamed = { ...site, roomName: { 'zh-CN': '新名字', en: 'New name' } };
    await expect(
      applyPullPage(
        dbs,
        1,
        page(
          [
            { cursor: 2, kind: 'site', key: 'tianlin', body: renamed },
            { cursor: 3, kind: 'rota', key: 'tianlin', body: rota },
            { cursor: 4, kind: 'theme', key: '2026-11', body: theme },
          ],
          4,
        ),
      ),
    ).rejects.toThrow();
    expect(await readPullCursor(db)).toBe(1);
    expect(await db.content.toArray()).toEqual(before);
  });

  it('writes nothing when the stored cursor moved on meanwhile (another tab applied it)', async () => {
    await applyPullPage(dbs, 0, page([{ cursor: 5, kind: 'site', key: 'tianlin', body: site }], 5));
    const result = await applyPullPage(
      dbs,
      0,
      page([{ cursor: 1, kind: 'rota', key: 't', body: rota }], 1),
    );
    expect(result.stale).toBe(true);
    expect(await readPullCursor(db)).toBe(5);
    expect(await db.content.get(HUB_KEYS.rota)).toBeUndefined();
  });

  it('a later change to the same key replaces the earlier one', async () => {
    const renamed = { ...site, roomName: { 'zh-CN': '新名字', en: 'New name' } };
    await applyPullPage(
      dbs,
      0,
      page(
        [
          { cursor: 1, kind: 'site', key: 'tianlin', body: site },
          { cursor: 2, kind: 'site', key: 'tianlin', body: renamed },
        ],
        2,
      ),
    );
    expect((await readSiteView(db, monday))?.roomName).toEqual(renamed.roomName);
  });

  it('keeps a newer catalogue where the kiosk loads it at start, and ignores a broken one', async () => {
    const newer = { ...defaultCatalogue, version: '9999.01.01' };
    await applyPullPage(
      dbs,
      0,
      page([{ cursor: 1, kind: 'catalogue', key: 'catalogue', body: newer }], 1),
    );
    expect((await loadCatalogue(db)).version).toBe('9999.01.01');
    await applyPullPage(
      dbs,
      1,
      page(
        [{ cursor: 2, kind: 'catalogue', key: 'catalogue', body: { version: '9999.02.02' } }],
        2,
      ),
    );
    expect((await loadCatalogue(db)).version).toBe(defaultCatalogue.version);
  });
});
