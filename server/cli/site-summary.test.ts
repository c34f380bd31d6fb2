import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdminCommand } from './commands';
import { enroll, seedSite, snapshot, startTestHub, type TestHub } from '../testing/test-hub';
import { API_PATHS, KIOSK_TIME_HEADER, PullResponse, readChange } from '../../shared/sync/protocol';
import { getSite } from '../store/sites';

/**
 * X service summaries from the admin's settings file to a kiosk: `site set` on a real SQLite hub,
 * then an enrolled kiosk pulls the site over HTTP on loopback.
 */
let hub: TestHub;
let siteId: string;
let code: string;
beforeEach(async () => {
  hub = await startTestHub();
  ({ siteId, code } = seedSite(hub));
});
afterEach(() => hub.close());

const elderSummary = {
  'zh-CN': '为老年人解答赡养、养老、房产、遗嘱等问题。',
  en: 'Help for older people with family support, pensions, housing and wills.',
};
function settingsFile(xServices: unknown[]): string {
  const file = path.join(hub.dataDir, 'site.json');
  writeFileSync(file, JSON.stringify({ ...getSite(hub.db, siteId), xServices }));
  return file;
}
function siteSet(file: string): string[] {
  const lines: string[] = [];
  runAdminCommand(
    hub.db,
    { kind: 'site set', dataDir: hub.dataDir, siteId, file },
    hub.clock.ms,
    (l) => lines.push(l),
  );
  return lines;
}

describe('site set with X service summaries', () => {
  it('publishes the summary to kiosks, and a service without one stays without', async () => {
    const elder = {
      id: 'x:elder-rights',
      name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' },
      summary: elderSummary,
    };
    const renewal = {
      id: 'x:urban-renewal',
      name: { 'zh-CN': '旧区改造法律咨询', en: 'Urban renewal legal advice' },
    };
    expect(siteSet(settingsFile([elder, renewal]))).toEqual([`updated site ${siteId}`]);

    const kiosk = await enroll(hub, code);
    const res = await fetch(`${hub.url}${API_PATHS.pull}?cursor=0&limit=50`, {
      headers: { ...kiosk.headers, [KIOSK_TIME_HEADER]: new Date(hub.clock.ms).toISOString() },
    });
    expect(res.status).toBe(200);
    const changes = PullResponse.parse(await res.json()).changes.map(readChange);
    const sites = changes.filter((c) => c?.kind === 'site');
    const latest = sites.at(-1);
    if (latest?.kind !== 'site') throw new Error('no site change pulled');
    expect(latest.body.xServices).toEqual([elder, renewal]);
  });

  it('refuses a summary that is too long or spans lines, naming it, and changes nothing', () => {
    const before = snapshot(hub.db);
    const named = { id: 'x:elder-rights', name: { 'zh-CN': '老年人权益保护', en: 'Older people' } };
    const tooLong = settingsFile([{ ...named, summary: { ...elderSummary, en: 'a'.repeat(121) } }]);
    expect(() => siteSet(tooLong)).toThrow(/xServices\.0\.summary\.en.*at most 120 characters/);
    const twoLines = settingsFile([
      { ...named, summary: { ...elderSummary, 'zh-CN': '第一行\n第二行' } },
    ]);
    expect(() => siteSet(twoLines)).toThrow(/a summary is one line/);
    expect(snapshot(hub.db)).toBe(before);
  });
});
