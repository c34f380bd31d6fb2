import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { forgetOldSiteContent } from './re-enroll';
import { TECHNICIAN_PIN_KEY } from './technician-pin';

let db: ContentDb;
let n = 0;
beforeEach(async () => {
  db = openContentDb(`re-enroll-${++n}`);
  const updatedAt = '2026-11-29T00:00:00.000Z';
  await db.content.bulkPut([
    { key: 'hub:site', value: { siteId: 'xujiahui' }, updatedAt },
    { key: 'hub:rota', value: {}, updatedAt },
    { key: 'hub:theme:2026-11', value: {}, updatedAt },
    { key: 'hub:case:c1', value: {}, updatedAt },
    { key: 'pull:cursor', value: 42, updatedAt },
    { key: TECHNICIAN_PIN_KEY, value: {}, updatedAt },
  ]);
});
afterEach(async () => {
  await db.delete();
});

describe('forgetOldSiteContent', () => {
  it('keeps everything when the kiosk stays with its site', async () => {
    expect(await forgetOldSiteContent(db, 'xujiahui', 'xujiahui')).toBe(false);
    expect(await db.content.count()).toBe(6);
  });

  it("drops the old site's content and cursor, keeps the site and the PIN", async () => {
    expect(await forgetOldSiteContent(db, 'xujiahui', 'tianlin')).toBe(true);
    expect((await db.content.toCollection().primaryKeys()).sort()).toEqual([
      'hub:site',
      TECHNICIAN_PIN_KEY,
    ]);
  });
});
