import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rowCounts, seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';
import { launchChromium } from './e2e/browser';
import { startKioskServer, type KioskServer } from './e2e/kiosk-server';

/**
 * The first-run wizard in real Chromium against a real hub (SQLite file, HTTP on loopback),
 * reached through the kiosk's own /api proxy exactly as the browser build runs it.
 */
let browser: Browser;
let hub: TestHub;
let kiosk: KioskServer;
let context: BrowserContext;
let page: Page;

const ROOM = '徐家汇街道公共法律服务客厅';

beforeAll(async () => {
  browser = await launchChromium();
  hub = await startTestHub();
  kiosk = await startKioskServer({ hubOrigin: hub.url, provisioned: false });
});
afterAll(async () => {
  await browser?.close();
  await kiosk?.close();
  await hub?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

async function step(p: Page, name: string) {
  await p.locator(`[data-testid="setup-wizard"][data-step="${name}"]`).waitFor();
}

/** Language, hub address (prefilled), the code on the on-screen keyboard. */
async function upToConnection(p: Page, url: string, code: string, language: 'zh' | 'en') {
  await p.goto(url);
  await step(p, 'language');
  await p.getByTestId(`setup-lang-${language}`).click();
  await p.getByTestId('setup-next').click();
  await step(p, 'hub');
  await p.getByTestId('setup-next').click();
  await step(p, 'code');
  for (const c of code) await p.getByTestId(`code-key-${c}`).click();
  await p.getByTestId('setup-next').click();
  await step(p, 'connection');
}

/** The code's row at the hub: `used_at` stays null until a kiosk spends it. */
function codeRow(code: string) {
  return hub.db
    .prepare('SELECT used_at, used_by FROM enrollment_codes WHERE code = ?')
    .get(code.replace('-', '')) as { used_at: number | null; used_by: string | null };
}

async function typePin(p: Page, pin: string) {
  for (const d of pin) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('setup-next').click();
}

describe('first-run wizard', () => {
  it('takes an empty kiosk to Home showing the real room', async () => {
    const { code } = seedSite(hub);
    const devicesBefore = rowCounts(hub.db).devices ?? 0;
    await upToConnection(page, kiosk.url, code, 'zh');
    expect(await page.getByTestId('setup-progress').textContent()).toContain('第 4 步，共 7 步');
    await page.getByTestId('connection-ok').waitFor();
    await page.getByTestId('setup-next').click();

    // The room the code belongs to, before anything is spent.
    await step(page, 'enroll');
    await page.getByTestId('enrolled-room').waitFor();
    expect(await page.getByTestId('enrolled-site').textContent()).toContain('徐家汇街道');
    expect(await page.getByTestId('enrolled-room').textContent()).toBe(ROOM);
    expect(rowCounts(hub.db).devices).toBe(devicesBefore);
    expect(codeRow(code)).toMatchObject({ used_at: null });
    await page.getByTestId('setup-next').click();

    await step(page, 'pin');
    expect(rowCounts(hub.db).devices).toBe(devicesBefore + 1);
    expect(codeRow(code)).not.toMatchObject({ used_at: null });
    await typePin(page, '135792');
    await typePin(page, '135791');
    expect(await page.getByTestId('setup-pin-mismatch').isVisible()).toBe(true);
    await typePin(page, '135792');
    await typePin(page, '135792');

    await step(page, 'settings');
    await page.getByTestId('settings-received').waitFor();
    expect(await page.getByTestId('settings-received').textContent()).toContain(ROOM);
    await page.getByTestId('setup-next').click();

    await page.getByTestId('prompt-contract').waitFor();
    await expect.poll(() => page.getByTestId('room-name').textContent()).toContain(ROOM);

    // Set up for good: a restart lands on Home, not in the wizard.
    await page.reload();
    await page.getByTestId('prompt-contract').waitFor();
    await expect.poll(() => page.getByTestId('room-name').textContent()).toContain(ROOM);
    expect(await page.getByTestId('setup-wizard').count()).toBe(0);
  });

  it('"not our room" goes back to the code unspent, and the same code then enrolls', async () => {
    const { code } = seedSite(hub);
    const devicesBefore = rowCounts(hub.db).devices ?? 0;
    await upToConnection(page, kiosk.url, code, 'en');
    await page.getByTestId('connection-ok').waitFor();
    await page.getByTestId('setup-next').click();
    await step(page, 'enroll');
    await page.getByTestId('enrolled-room').waitFor();
    expect(await page.getByText('The code is only used when you say yes').count()).toBe(1);
    await page.getByTestId('enroll-wrong-room').click();

    await step(page, 'code');
    expect(await page.getByTestId('code-returned').textContent()).toContain('was not used');
    expect(await page.getByTestId('setup-code').inputValue()).toBe('');
    expect(codeRow(code)).toEqual({ used_at: null, used_by: null });
    expect(rowCounts(hub.db).devices).toBe(devicesBefore);

    // It was our room after all: the same code, typed again, still enrolls.
    for (const c of code) await page.getByTestId(`code-key-${c}`).click();
    expect(await page.getByTestId('code-returned').count()).toBe(0);
    await page.getByTestId('setup-next').click();
    await page.getByTestId('connection-ok').waitFor();
    await page.getByTestId('setup-next').click();
    await page.getByTestId('enrolled-room').waitFor();
    await page.getByTestId('setup-next').click();
    await step(page, 'pin');
    expect(rowCounts(hub.db).devices).toBe(devicesBefore + 1);
    const deviceId = codeRow(code).used_by;
    expect(deviceId).toMatch(/^dev_/);
  });

  it('every step has Back, and the typed hub address is checked', async () => {
    await page.goto(kiosk.url);
    await step(page, 'language');
    await page.getByTestId('setup-lang-en').click();
    await page.getByTestId('setup-next').click();
    await step(page, 'hub');
    expect(await page.getByTestId('setup-hub-url').inputValue()).toBe(new URL(kiosk.url).origin);
    await page.getByTestId('setup-hub-url').fill('hub.example.cn');
    expect(await page.getByTestId('setup-next').isDisabled()).toBe(true);
    expect(await page.getByRole('alert').textContent()).toContain('not a web address');
    await page.getByTestId('setup-back').click();
    await step(page, 'language');
  });

  it('a wrong code says so in plain words and enrolls nothing', async () => {
    const devicesBefore = rowCounts(hub.db).devices ?? 0;
    await upToConnection(page, kiosk.url, 'ZZZZ-ZZZZ', 'en');
    await page.getByTestId('connection-ok').waitFor();
    await page.getByTestId('setup-next').click();
    await step(page, 'enroll');
    await page.getByTestId('enroll-error').waitFor();
    expect(await page.getByTestId('enroll-error').textContent()).toContain(
      'The hub does not know this code',
    );
    expect(await page.getByTestId('setup-next').isDisabled()).toBe(true);
    expect(rowCounts(hub.db).devices).toBe(devicesBefore);
    // Back to the code to fix it.
    await page.getByTestId('setup-back').click();
    await step(page, 'connection');
    await page.getByTestId('setup-back').click();
    await step(page, 'code');
    expect(await page.getByTestId('setup-code').inputValue()).toBe('ZZZZ-ZZZZ');
  });

  it('an unreachable hub and a wrong address are told apart', async () => {
    const offline = await startKioskServer({ hubOrigin: 'http://127.0.0.1:9', provisioned: false });
    try {
      await upToConnection(page, offline.url, 'ABCD-EFGH', 'en');
      await page.getByTestId('connection-error').waitFor();
      expect(await page.getByTestId('connection-error').textContent()).toContain(
        'The hub cannot be reached',
      );
      expect(await page.getByTestId('setup-next').isDisabled()).toBe(true);

      // Something answers at this address, but it is the kiosk's own page, not a hub.
      await page.getByTestId('setup-back').click();
      await page.getByTestId('setup-back').click();
      await step(page, 'hub');
      await page.getByTestId('setup-hub-url').fill(new URL(offline.url).origin + '/not-the-hub');
      await page.getByTestId('setup-next').click();
      await page.getByTestId('setup-next').click();
      await page.getByTestId('connection-error').waitFor();
      expect(await page.getByTestId('connection-error').textContent()).toContain(
        'it is not the hub',
      );
    } finally {
      await offline.close();
    }
  });
});
