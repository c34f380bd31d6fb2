import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';
import { launchChromium } from './e2e/browser';
import {
  agreeToConsent,
  answerAllFirstOptions,
  storedCounts,
  storedRecords,
} from './e2e/kiosk-page';
import { startKioskServer, type KioskServer } from './e2e/kiosk-server';

/** Technician mode in real Chromium, on a kiosk set up through the wizard against a real hub. */
let browser: Browser;
let hub: TestHub;
let kiosk: KioskServer;
let context: BrowserContext;
let page: Page;

const PIN = '246813';
const PHONE = '13912345678';
const SURNAME = '欧阳';

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

async function next(p: Page) {
  await p.getByTestId('setup-next').click();
}

/** The wizard from an empty kiosk to Home (tests/setup-wizard.e2e.test.ts covers it step by step). */
async function setUpKiosk(p: Page) {
  const { code } = seedSite(hub);
  await p.goto(kiosk.url);
  await p.getByTestId('setup-lang-en').click();
  await next(p);
  await next(p);
  await p.getByTestId('setup-code').fill(code);
  await next(p);
  await p.getByTestId('connection-ok').waitFor();
  await next(p);
  // The room the code belongs to (nothing spent yet), then "yes, this is our room".
  await p.getByTestId('enrolled-room').waitFor();
  await next(p);
  for (let i = 0; i < 2; i++) {
    for (const d of PIN) await p.getByTestId(`pad-${d}`).click();
    await next(p);
  }
  await p.getByTestId('settings-received').waitFor();
  await next(p);
  await p.getByTestId('prompt-contract').waitFor();
}

async function typeTechnicianPin(p: Page, pin: string) {
  for (const d of pin) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('technician-pin-submit').click();
}

/** A resident's intake with a surname and a phone number, then back to Home. */
async function residentIntake(p: Page) {
  await p.getByTestId('prompt-labour').click();
  await answerAllFirstOptions(p);
  const hardship = p.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await p.getByTestId('get-ticket').click();
  await agreeToConsent(p);
  await p.getByTestId('surname').fill(SURNAME);
  await p.getByTestId('salutation-ms').click();
  for (const d of PHONE) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('contact-save').click();
  await p.getByTestId('ticket-number').waitFor();
  await p.getByTestId('ticket-done').click();
  await p.getByTestId('prompt-contract').waitFor();
}

/**
 * What the hub's `rejected` ack leaves behind (renderer/sync/outbox.ts applyAcks): a quarantine
 * entry with the hub's reason. Written straight into IndexedDB, as a past sync would have.
 */
function quarantine(p: Page, recordId: string, reason: string) {
  return p.evaluate(
    ({ recordId, reason }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('kiosk-records');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('quarantine', 'readwrite');
          tx.objectStore('quarantine').put({ recordId, reason, at: new Date().toISOString() });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    { recordId, reason },
  );
}

describe('technician mode', () => {
  it('shows status, re-queues, syncs, exports without personal data, and factory-resets', async () => {
    await setUpKiosk(page);
    await residentIntake(page);
    await expect
      .poll(() => storedCounts(page), { timeout: 20_000 })
      .toEqual({ records: 1, outbox: 0 });
    const [intake] = await storedRecords(page);
    const intakeId = String(intake?.record.id);
    await quarantine(page, intakeId, 'contact.phone: refused by a newer hub rule');
    await quarantine(page, '0195f0c2-7a1b-7c3d-8e4f-00000000dead', 'record missing on the kiosk');

    // Ctrl+Alt+T, then the PIN: a wrong one first.
    await page.keyboard.press('Control+Alt+KeyT');
    await typeTechnicianPin(page, '000000');
    expect(await page.getByTestId('technician-pin-error').textContent()).toContain('4 tries left');
    await typeTechnicianPin(page, PIN);
    await page.getByTestId('technician-panel').waitFor();

    await expect
      .poll(() => page.getByTestId('tech-app-version').textContent())
      .toMatch(/^\d+\.\d+\.\d+/);
    await expect.poll(() => page.getByTestId('tech-hub-reachable').textContent()).toContain('Yes');
    expect(await page.getByTestId('tech-hub-url').textContent()).toBe(new URL(kiosk.url).origin);
    await expect.poll(() => page.getByTestId('tech-outbox').textContent()).toBe('0');
    await expect.poll(() => page.getByTestId('tech-quarantine-count').textContent()).toBe('2');
    expect(await page.getByTestId('tech-quarantine').textContent()).toContain(
      'refused by a newer hub rule',
    );

    // Sync now.
    await page.getByTestId('technician-sync-now').click();
    await page.locator('[data-testid="technician-sync-result"][data-result="ok"]').waitFor();
    expect(await page.getByTestId('tech-last-sync').textContent()).not.toBe('—');

    // Re-queue the intake: it leaves the quarantine and goes to the hub again (a duplicate there).
    await page.getByTestId('tech-requeue').click();
    await expect.poll(() => page.getByTestId('tech-quarantine-count').textContent()).toBe('1');
    await expect
      .poll(() => storedCounts(page), { timeout: 20_000 })
      .toEqual({ records: 1, outbox: 0 });

    // Export: counts and codes, no surname, phone or answers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('technician-export').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const bundle = JSON.parse(text) as {
      counts: { records: Record<string, number>; quarantine: number };
    };
    expect(bundle.counts).toMatchObject({ records: { intake: 1 }, quarantine: 1 });
    for (const secret of [PHONE, SURNAME, '"answers"', 'questionId', 'optionId', 'secret'])
      expect(text).not.toContain(secret);

    // Factory reset: refused with a record the hub never got, then done with the override.
    await page.getByTestId('technician-reset').click();
    await expect
      .poll(() => page.getByTestId('reset-unsynced').textContent())
      .toContain('Records not yet at the hub: 1.');
    await page.getByTestId('reset-confirm-text').fill('RESET');
    await page.getByTestId('reset-go').click();
    expect(await page.getByTestId('reset-refused').getAttribute('data-refusal')).toBe('unsynced');
    expect(await storedCounts(page)).toEqual({ records: 1, outbox: 0 });
    await page.getByTestId('reset-override').check();
    await page.getByTestId('reset-go').click();
    await page.locator('[data-testid="setup-wizard"][data-step="language"]').waitFor();
    expect(await storedCounts(page)).toEqual({ records: 0, outbox: 0 });
  });

  it('opens with five taps on the sign, locks after five wrong PINs, and stays locked after a reload', async () => {
    await setUpKiosk(page);
    for (let i = 0; i < 5; i++) await page.locator('.top-bar__sign').click();
    for (let i = 0; i < 4; i++) {
      await typeTechnicianPin(page, '111111');
      await expect
        .poll(() => page.getByTestId('technician-pin-error').textContent())
        .toContain(`${4 - i} tries left`);
    }
    await typeTechnicianPin(page, '111111');
    await page.getByTestId('technician-pin-locked').waitFor();
    // Even the right PIN cannot be tried now.
    for (const d of PIN) await page.getByTestId(`pad-${d}`).click();
    expect(await page.getByTestId('technician-pin-submit').isDisabled()).toBe(true);

    await page.reload();
    await page.getByTestId('prompt-contract').waitFor();
    await page.keyboard.press('Control+Alt+KeyT');
    await page.getByTestId('technician-pin-locked').waitFor();
    expect(await page.getByTestId('technician-panel').count()).toBe(0);

    // Exit locks it and shows Home.
    await page.getByTestId('technician-exit').click();
    await page.getByTestId('prompt-contract').waitFor();
  });
});
