import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { pullChanges } from './changes';
import { addSite, publishCatalogue, setRota, setTheme } from './sites';
import type { Rota } from '../../shared/sync/content';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let cleanup: () => void;

const rota = (who: string): Rota => ({
  entries: [{ weekday: 1, start: '09:00', end: '12:00', service: 'lawyer', who }],
});
const theme = (month: string) => ({
  month,
  title: { 'zh-CN': '主题', en: 'Theme' },
  date: `${month}-18`,
  place: { 'zh-CN': '多功能厅', en: 'Hall' },
});

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '徐家汇客厅' }, address: { 'zh-CN': '一楼' } },
    NOW,
  );
  addSite(
    db,
    { street: 'tianlin', roomName: { 'zh-CN': '田林客厅' }, address: { 'zh-CN': '二楼' } },
    NOW,
  );
});
afterEach(() => cleanup());

describe('the pull feed', () => {
  it("gives a site its own changes and the global ones, never another site's", () => {
    setRota(db, 'xujiahui', rota('张律师'), NOW);
    setRota(db, 'tianlin', rota('李律师'), NOW);
    publishCatalogue(db, { version: '2026.12.01' }, NOW);
    const page = pullChanges(db, 'xujiahui', 0, 100);
    expect(page.changes.map((c) => `${c.kind}:${c.key}`)).toEqual([
      'site:xujiahui',
      'rota:xujiahui',
      'catalogue:catalogue',
    ]);
    expect(page.more).toBe(false);
  });

  it('pages with more=true and resumes exactly after the cursor', () => {
    for (const month of ['2026-09', '2026-10', '2026-11', '2026-12'])
      setTheme(db, 'xujiahui', theme(month), NOW);
    const first = pullChanges(db, 'xujiahui', 0, 2);
    expect(first.changes).toHaveLength(2);
    expect(first.more).toBe(true);
    const second = pullChanges(db, 'xujiahui', first.cursor, 2);
    const third = pullChanges(db, 'xujiahui', second.cursor, 2);
    const all = [...first.changes, ...second.changes, ...third.changes];
    expect(all.map((c) => c.key)).toEqual(['xujiahui', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(third.more).toBe(false);
    expect(pullChanges(db, 'xujiahui', third.cursor, 2)).toEqual({
      changes: [],
      cursor: third.cursor,
      more: false,
    });
  });

  it('keeps only the latest change per key, with a cursor past every earlier one', () => {
    setRota(db, 'xujiahui', rota('张律师'), NOW);
    const seen = pullChanges(db, 'xujiahui', 0, 100).cursor;
    setRota(db, 'xujiahui', rota('王律师'), NOW);
    const fresh = pullChanges(db, 'xujiahui', 0, 100).changes.filter((c) => c.kind === 'rota');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.body).toEqual(rota('王律师'));
    expect(pullChanges(db, 'xujiahui', seen, 100).changes.map((c) => c.body)).toEqual([
      rota('王律师'),
    ]);
  });

  it('does not republish content that did not change', () => {
    expect(setRota(db, 'xujiahui', rota('张律师'), NOW)).toBe(true);
    const cursor = pullChanges(db, 'xujiahui', 0, 100).cursor;
    expect(setRota(db, 'xujiahui', rota('张律师'), NOW)).toBe(false);
    expect(pullChanges(db, 'xujiahui', cursor, 100).changes).toEqual([]);
  });

  it('starts again from 0 when a kiosk holds a cursor this hub never issued (the database was replaced)', () => {
    const page = pullChanges(db, 'xujiahui', 9_999, 100);
    expect(page.changes.map((c) => c.kind)).toEqual(['site']);
  });
});
