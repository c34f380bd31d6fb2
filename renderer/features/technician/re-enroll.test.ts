import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentDb, type ContentDb } from '../../db/content-db';
import type { SitePreview } from '../../../shared/sync/protocol';
import { currentRoom, forgetOldSiteContent, roomChange } from './re-enroll';
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
    expect(await db.content.count()).toBe(5);
  });

  it("drops the old site's content and cursor, keeps the site and the PIN", async () => {
    expect(await forgetOldSiteContent(db, 'xujiahui', 'tianlin')).toBe(true);
    expect((await db.content.toCollection().primaryKeys()).sort()).toEqual([
      'hub:site',
      TECHNICIAN_PIN_KEY,
    ]);
  });
});

// The preview and the enroll against a real hub: tests/technician-re-enroll.e2e.test.ts (the
// renderer's unit tests may not import the hub's code).
describe('the room a new code would move the kiosk to', () => {
  const room = (siteId: string, street: SitePreview['street'] = 'xujiahui'): SitePreview => ({
    siteId,
    street,
    roomName: { 'zh-CN': '客厅', en: 'Room' },
    address: { 'zh-CN': '一楼', en: 'Ground floor' },
  });

  it('reads the room the kiosk serves from its stored site settings', async () => {
    const site = {
      ...room('xujiahui-1'),
      openingHours: { 'zh-CN': '周一至周五', en: 'Mon-Fri' },
      xServices: [],
    };
    await db.content.put({ key: 'hub:site', value: site, updatedAt: '2026-11-29T00:00:00.000Z' });
    expect(await currentRoom(db)).toEqual(room('xujiahui-1'));
  });

  it('knows no room when the stored settings are missing or damaged', async () => {
    expect(await currentRoom(db)).toBeNull(); // { siteId } alone is not a site's settings
    await db.content.delete('hub:site');
    expect(await currentRoom(db)).toBeNull();
  });

  it('says same, different or unknown', () => {
    expect(roomChange(room('xujiahui-1'), room('xujiahui-1'))).toBe('same');
    expect(roomChange(room('xujiahui-1'), room('tianlin-1', 'tianlin'))).toBe('different');
    expect(roomChange(null, room('tianlin-1', 'tianlin'))).toBe('unknown');
  });
});
