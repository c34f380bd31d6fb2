import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openHubDb } from '../server/db/open';
import { seedDemo, DEMO_SITE_ID } from '../server/demo';
import { issueCode } from '../server/store/codes';
import { seedAccount, TEST_PASSWORD } from '../server/console/testing/console-client';
import { seriousA11yViolations } from './e2e/browser';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { syncedAll } from './e2e/desk-page';
import { freePort, HubProcess } from './sync/hub-process';

/**
 * 解忧法空间 end to end (issue 12), in real Chromium against a real hub process (build first): a
 * resident writes a suggestion at the kiosk and reads what will happen to it; it syncs; the
 * street office reads it in the console, tags it and answers it on the notice board; after the
 * next sync the kiosk's Home shows the answer. Axe on the console screen, zh and en.
 */
let dataDir: string;
let hub: HubProcess;
let enrollmentCode: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'suggest-e2e-'));
  const db = openHubDb(dataDir);
  const now = Date.now();
  seedDemo(db, now);
  enrollmentCode = issueCode(db, DEMO_SITE_ID, 3600_000, now).code;
  await seedAccount(db, 'jiedao', 'street-office', { street: 'xujiahui' });
  await seedAccount(db, 'tianping', 'street-office', { street: 'tianping' });
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
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function consoleAs(username: string): Promise<Page> {
  const context = await kiosk.browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true, // axe is injected as a script
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${hub.url}/console/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('who').waitFor();
  return page;
}

const SUGGESTION = '希望客厅周六上午也能开放，上班族平时来不了';
const REPLY = '从下月起，每周六上午 9:00-12:00 开放，欢迎来坐坐。';

describe('the suggestion box, kiosk to console and back', () => {
  it('a suggestion written on the kiosk is read and answered in the console, and the answer shows on the kiosk', async () => {
    const k = kiosk.page;
    await k.goto(kiosk.url);
    await k.getByTestId('suggestion-entry').click();
    expect(await k.getByTestId('suggestion-what-happens').textContent()).toContain('5 个工作日');
    await k.getByTestId('suggestion-text').fill(SUGGESTION);
    await k.getByTestId('suggestion-submit').click();
    await k.getByTestId('suggestion-thanks').waitFor();
    await k.getByTestId('suggestion-done').click();
    await syncedAll(k);

    // Another street's office does not see it.
    const other = await consoleAs('tianping');
    await other.getByTestId('nav-suggestions').click();
    await other.getByText('没有符合条件的意见').waitFor();

    const page = await consoleAs('jiedao');
    await page.getByTestId('nav-suggestions').click();
    await expect
      .poll(() => page.getByTestId('suggestions-table').textContent(), { timeout: 20_000 })
      .toContain(SUGGESTION);
    expect(await page.getByTestId('suggestion-counts').textContent()).toContain('未归类: 1');
    await page.getByTestId('suggestion-open-0').click();
    await page.getByTestId('suggestion-topic').selectOption('openingHours');
    await page.getByTestId('suggestion-reply').fill(REPLY);
    await page.getByTestId('suggestion-public').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('suggestion-close').click();
    await expect
      .poll(() => page.getByTestId('suggestions-table').textContent())
      .toContain('已办结');
    expect(await page.getByTestId('suggestion-counts').textContent()).toContain('开放时间: 1');

    await syncedAll(k);
    await expect
      .poll(() => k.getByTestId('suggestion-replies').textContent(), { timeout: 30_000 })
      .toContain(REPLY);
    expect(await k.getByTestId('suggestion-replies').textContent()).not.toContain(SUGGESTION);
  });

  it('the console screen in English passes axe, and the kiosk says in English what happens', async () => {
    const page = await consoleAs('jiedao');
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-suggestions').click();
    await page.getByTestId('suggestions-table').waitFor();
    await page.getByTestId('suggestion-open-0').click();
    await page.getByTestId('suggestion-form').waitFor();
    expect(await page.getByTestId('suggestion-form').textContent()).toContain('notice board');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const k = kiosk.page;
    await k.goto(kiosk.url);
    await k.getByTestId('language-switch').click();
    await k.getByTestId('suggestion-entry').click();
    expect(await k.getByTestId('suggestion-what-happens').textContent()).toContain(
      '5 working days',
    );
  });
});
