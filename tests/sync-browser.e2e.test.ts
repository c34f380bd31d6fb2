import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HUB_DB_FILE, openHubDb } from '../server/db/open';
import { addSite, setRota } from '../server/store/sites';
import { issueCode } from '../server/store/codes';
import {
  agreeToConsent,
  answerAllFirstOptions,
  storedCounts,
  storedRecords,
} from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { freePort, HubProcess } from './sync/hub-process';

/**
 * The built kiosk in real Chromium, served as `npm start` serves it (the `/api` proxy included),
 * with the real hub as a child process. Run `npx vite build` first.
 */
let dataDir: string;
let hub: HubProcess;
let enrollmentCode: string;

function hubRecordIds(): string[] {
  const db = new Database(path.join(dataDir, HUB_DB_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM records ORDER BY id').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
}

const status = () => kiosk.page.getByTestId('sync-status');
const waitForStatus = (attrs: string, timeout = 30_000) =>
  kiosk.page.waitForSelector(`[data-testid="sync-status"]${attrs}`, { timeout });

/** A resident's walk from a prompt to a ticket, with consent and a phone number. */
async function takeTicket(p: Page): Promise<string | null> {
  await p.getByTestId('prompt-labour').click();
  await answerAllFirstOptions(p);
  const hardship = p.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await p.getByTestId('get-ticket').click();
  await agreeToConsent(p);
  await p.getByTestId('surname').fill('李');
  await p.getByTestId('salutation-mr').click();
  for (const d of '13987654321') await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('contact-save').click();
  return p.getByTestId('ticket-number').textContent();
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'hub-browser-'));
  const db = openHubDb(dataDir);
  const site = addSite(
    db,
    {
      street: 'tianlin',
      roomName: { 'zh-CN': '田林街道公共法律服务客厅', en: 'Tianlin Living Room' },
      address: { 'zh-CN': '田林路 200 号', en: '200 Tianlin Road' },
    },
    Date.now(),
  );
  setRota(db, site.siteId, { entries: [] }, Date.now());
  enrollmentCode = issueCode(db, site.siteId, 3600_000, Date.now()).code;
  db.close();
  hub = new HubProcess(dataDir, await freePort());
  await hub.start();
});
afterAll(async () => {
  await hub?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});
const kiosk = useKioskBrowser({
  pages: 'whole suite',
  server: () => ({ hubOrigin: hub.url, enrollmentCode }),
});

describe('the kiosk in Chromium syncing with the hub', () => {
  let first: string;

  it('enrolls itself at first start and shows the room the hub describes', async () => {
    await kiosk.page.goto(kiosk.url);
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await expect
      .poll(() => kiosk.page.getByTestId('room-name').textContent())
      .toContain('田林街道');
    await waitForStatus('[data-state="synced"][data-pending="0"]');
    expect(await status().textContent()).toContain('已同步');
  });

  it('a ticket’s intake reaches the hub exactly once', async () => {
    expect(await takeTicket(kiosk.page)).toBe('A-001');
    const [row] = await storedRecords(kiosk.page);
    first = String(row?.record.id);
    await expect.poll(hubRecordIds, { timeout: 30_000 }).toEqual([first]);
    await expect.poll(() => storedCounts(kiosk.page)).toEqual({ records: 1, outbox: 0 });
    await waitForStatus('[data-state="synced"][data-pending="0"]');
    expect(hubRecordIds()).toEqual([first]);
  });

  it('with the hub stopped the ticket still works, and the line says offline with 1 waiting', async () => {
    await hub.stop();
    await kiosk.page.getByTestId('ticket-done').click();
    expect(await takeTicket(kiosk.page)).toBe('A-002');
    await waitForStatus('[data-state="offline"][data-pending="1"]');
    expect(await status().textContent()).toContain('离线：1 条待发送，已安全保存在本机');
    expect(await storedCounts(kiosk.page)).toEqual({ records: 2, outbox: 1 });
  });

  it('with the hub back, the waiting intake goes through (pending 0), again exactly once', async () => {
    await hub.start();
    await waitForStatus('[data-state="synced"][data-pending="0"]', 90_000);
    const ids = (await storedRecords(kiosk.page)).map((r) => String(r.record.id)).sort();
    expect(ids).toContain(first);
    expect(hubRecordIds()).toEqual(ids);
    expect(await storedCounts(kiosk.page)).toEqual({ records: 2, outbox: 0 });
  });
});
