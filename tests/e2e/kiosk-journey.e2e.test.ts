import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROMPT_KEYS } from '../../shared/catalogue/ids';
import { launchChromium } from './browser';
import {
  agreeToConsent,
  answerAllFirstOptions,
  openHome,
  storedCounts,
  storedRecords,
} from './kiosk-page';
import { startKioskServer, type KioskServer } from './kiosk-server';

let browser: Browser;
let kiosk: KioskServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  kiosk = await startKioskServer();
});
afterAll(async () => {
  await browser?.close();
  await kiosk?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

/** From the result screen through consent and contact to the ticket. */
async function takeTicketWithContact(p: Page, phone = '13812345678') {
  const hardship = p.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await p.getByTestId('get-ticket').click();
  await agreeToConsent(p);
  await p.getByTestId('surname').fill('王');
  await p.getByTestId('salutation-ms').click();
  for (const d of phone) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('contact-save').click();
  return p.getByTestId('ticket-number').textContent();
}

describe('the resident journey, in real Chromium', () => {
  it.each(PROMPT_KEYS)(
    '%s: walks from the prompt to a ticket, saved before it shows',
    async (prompt) => {
      await openHome(page, kiosk.url);
      await page.getByTestId(`prompt-${prompt}`).click();
      const steps = await answerAllFirstOptions(page);
      expect(steps).toBeGreaterThanOrEqual(3);
      expect(steps).toBeLessThanOrEqual(6);
      expect(await page.locator('[data-testid^="service-"]').count()).toBeGreaterThan(0);
      const ticket = await takeTicketWithContact(page);
      expect(ticket).toBe('A-001');
      expect(await storedCounts(page)).toEqual({ records: 1, outbox: 1 });
      const [row] = await storedRecords(page);
      expect(row?.record).toMatchObject({
        kind: 'intake',
        prompt,
        contact: { surname: '王', salutation: 'ms', phone: '13812345678' },
      });
    },
  );

  it('numbers the day’s tickets in order on one device', async () => {
    await openHome(page, kiosk.url);
    for (const expected of ['A-001', 'A-002']) {
      await page.getByTestId('prompt-labour').click();
      await answerAllFirstOptions(page);
      expect(await takeTicketWithContact(page)).toBe(expected);
      await page.getByTestId('ticket-done').click();
    }
  });

  it('declining consent still gives a ticket and keeps nothing personal', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await page.getByTestId('consent-decline').click();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A-001');
    const [row] = await storedRecords(page);
    expect(row?.record).toMatchObject({
      consent: { general: false },
      contact: null,
      answers: [],
      legalAid: null,
    });
  });

  it('an information-only visit stores nothing', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-inheritance').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('info-only').click();
    await page.getByTestId('prompt-contract').waitFor();
    expect(await storedCounts(page)).toEqual({ records: 0, outbox: 0 });
  });

  it('Back returns to the previous question and Start over to Home', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-dispute').click();
    const first = await page.locator('#question-text').textContent();
    await page.locator('.options .option').first().click();
    await expect.poll(() => page.locator('#question-text').textContent()).not.toBe(first);
    await page.getByRole('button', { name: /上一步/ }).click();
    expect(await page.locator('#question-text').textContent()).toBe(first);
    await page.getByRole('button', { name: /重新开始/ }).click();
    await page.getByTestId('prompt-contract').waitFor();
  });

  it('a reload in the middle leaves nothing half-saved', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-payment').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    await page.reload();
    await page.getByTestId('prompt-contract').waitFor();
    expect(await storedCounts(page)).toEqual({ records: 0, outbox: 0 });
  });

  it('explains an invalid phone number and will not save until it is fixed', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-contract').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    for (const d of '12345') await page.getByTestId(`pad-${d}`).click();
    expect(await page.getByTestId('phone-error').textContent()).toContain('11 位');
    expect(await page.getByTestId('contact-save').isDisabled()).toBe(true);
    for (const d of '678901') await page.getByTestId(`pad-${d}`).click();
    expect(await page.getByTestId('phone-error').textContent()).toContain('不像大陆手机号');
    expect(await page.getByTestId('contact-save').isDisabled()).toBe(true);
    await page.getByTestId('pad-clear').click();
    for (const d of '13912345678') await page.getByTestId(`pad-${d}`).click();
    expect(await page.getByTestId('phone-error').count()).toBe(0);
    await page.getByTestId('contact-save').click();
    await page.getByTestId('ticket-number').waitFor();
  });

  it('caps 10,000 typed characters and shows markup as text, never running it', async () => {
    await openHome(page, kiosk.url);
    await page.getByTestId('suggestion-entry').click();
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await page.getByTestId('suggestion-text').fill(markup + 'x'.repeat(10_000));
    expect((await page.getByTestId('suggestion-text').inputValue()).length).toBe(500);
    await page.getByTestId('suggestion-submit').click();
    await page.getByTestId('suggestion-thanks').waitFor();
    const [row] = await storedRecords(page);
    expect(String(row?.record.text).startsWith(markup)).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    await page.getByRole('button', { name: /回到首页/ }).click();
    await page.getByTestId('prompt-contract').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    await page.getByTestId('surname').fill(markup);
    expect(await page.getByTestId('surname-error').isVisible()).toBe(true);
    expect(await page.getByTestId('contact-save').isDisabled()).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it('shows a clear error and keeps the answers when the disk is full', async () => {
    await openHome(page, kiosk.url);
    const cdp = await context.newCDPSession(page);
    await page.getByTestId('prompt-labour').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    for (const d of '13812345678') await page.getByTestId(`pad-${d}`).click();
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(kiosk.url).origin,
      quotaSize: 1,
    });
    await page.getByTestId('contact-save').click();
    await page.getByTestId('save-error').waitFor();
    expect(await page.getByTestId('save-error').textContent()).toContain('存储空间满了');
    expect(await page.getByTestId('phone-display').textContent()).toBe('13812345678');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(kiosk.url).origin });
    await page.getByTestId('contact-save').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await storedCounts(page)).toEqual({ records: 1, outbox: 1 });
  });
});

describe('walking away', () => {
  it('warns after inactivity with at least 20 seconds to answer; "more time" keeps the answers', async () => {
    await page.clock.install();
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-contract').click();
    await page.locator('.options .option').first().click();
    const question = await page.locator('#question-text').textContent();
    await page.clock.fastForward(91_000);
    await page.getByTestId('idle-warning').waitFor();
    await page.clock.fastForward(19_000);
    expect(await page.getByTestId('idle-warning').isVisible()).toBe(true);
    await page.getByTestId('idle-more-time').click();
    expect(await page.getByTestId('idle-warning').count()).toBe(0);
    expect(await page.locator('#question-text').textContent()).toBe(question);
  });

  it('resets to Home and wipes the unfinished answers when nobody answers', async () => {
    await page.clock.install();
    await openHome(page, kiosk.url);
    await page.getByTestId('large-text').click();
    await page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    for (const d of '138') await page.getByTestId(`pad-${d}`).click();
    await page.clock.fastForward(91_000);
    await page.getByTestId('idle-warning').waitFor();
    await page.clock.fastForward(31_000);
    await page.getByTestId('prompt-contract').waitFor();
    expect(await page.getByTestId('large-text').getAttribute('aria-pressed')).toBe('false');
    expect(await storedCounts(page)).toEqual({ records: 0, outbox: 0 });
    // Starting again shows a fresh form, not the previous resident's digits.
    await page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    expect(await page.getByTestId('phone-display').textContent()).toBe('还没有输入');
  });
});
