import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROMPT_KEYS } from '../../shared/catalogue/ids';
import {
  agreeToConsent,
  answerAllFirstOptions,
  openHome,
  storeHubContent,
  storedCounts,
  storedRecords,
} from './kiosk-page';
import { useKioskBrowser } from './kiosk-browser';

const kiosk = useKioskBrowser();

/**
 * Holds a save in flight: once the page sets `__holdAfter` to a store name, the next write to that
 * store in kiosk-records succeeds and then its transaction is kept busy forever, so it never
 * commits (as if the power went at that moment); `__saveHeld` says when. A reload aborts it.
 */
const HOLD_SAVE = `(() => {
  for (const method of ['add', 'put']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const request = original.apply(this, args);
      if (window.__holdAfter === this.name && this.transaction.db.name === 'kiosk-records') {
        window.__holdAfter = undefined;
        const store = this;
        request.addEventListener('success', () => {
          const spin = () => { store.count().onsuccess = spin; };
          spin();
          window.__saveHeld = true;
        });
      }
      return request;
    };
  }
})();`;

/** Notes every read-write transaction on kiosk-records: its stores and the durability applied. */
const RECORD_TRANSACTIONS = `(() => {
  window.__recordsTransactions = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = original.apply(this, args);
    if (this.name === 'kiosk-records' && tx.mode === 'readwrite')
      window.__recordsTransactions.push({
        stores: [...tx.objectStoreNames],
        durability: tx.durability,
      });
    return tx;
  };
})();`;

function recordedTransactions(page: Page): Promise<{ stores: string[]; durability: string }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __recordsTransactions: { stores: string[]; durability: string }[] })
        .__recordsTransactions,
  );
}

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
      await openHome(kiosk.page, kiosk.url);
      await kiosk.page.getByTestId(`prompt-${prompt}`).click();
      const steps = await answerAllFirstOptions(kiosk.page);
      expect(steps).toBeGreaterThanOrEqual(3);
      expect(steps).toBeLessThanOrEqual(6);
      expect(await kiosk.page.locator('[data-testid^="service-"]').count()).toBeGreaterThan(0);
      const ticket = await takeTicketWithContact(kiosk.page);
      expect(ticket).toBe('A-001');
      expect(await storedCounts(kiosk.page)).toEqual({ records: 1, outbox: 1 });
      const [row] = await storedRecords(kiosk.page);
      expect(row?.record).toMatchObject({
        kind: 'intake',
        prompt,
        contact: { surname: '王', salutation: 'ms', phone: '13812345678' },
      });
    },
  );

  it('offers the room’s own X services (6+X) on the result, or says there are none', async () => {
    await openHome(kiosk.page, kiosk.url);
    const toResult = async () => {
      await kiosk.page.getByTestId('prompt-dispute').click();
      await answerAllFirstOptions(kiosk.page);
      return kiosk.page.getByTestId('room-offers').textContent();
    };
    // Before the hub has sent the room: the demo room's two.
    const demo = await toResult();
    expect(demo).toContain('老年人权益保护');
    expect(demo).toContain('旧区改造法律咨询');

    // The hub's room with one X service on the rota, then one with none.
    const room = {
      siteId: 'xujiahui',
      street: 'xujiahui',
      roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅', en: 'Xujiahui Living Room' },
      address: { 'zh-CN': '生活盒子一楼', en: 'Life Box' },
      openingHours: { 'zh-CN': '周一至周五', en: 'Mon-Fri' },
      xServices: [
        { id: 'x:elder-rights', name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' } },
      ],
    };
    const rota = {
      entries: [
        { weekday: 3, start: '14:00', end: '16:00', service: 'x:elder-rights', who: '赵阿姨' },
      ],
    };
    await storeHubContent(kiosk.page, { 'hub:site': room, 'hub:rota': rota });
    await kiosk.page.reload();
    const one = await toResult();
    expect(one).toContain('老年人权益保护');
    expect(one).toContain('周三 14:00–16:00');
    expect(one).not.toContain('旧区改造');

    await storeHubContent(kiosk.page, { 'hub:site': { ...room, xServices: [] } });
    await kiosk.page.reload();
    await toResult();
    await kiosk.page.getByTestId('room-offers-none').waitFor();
  });

  it('numbers the day’s tickets in order on one device', async () => {
    await openHome(kiosk.page, kiosk.url);
    for (const expected of ['A-001', 'A-002']) {
      await kiosk.page.getByTestId('prompt-labour').click();
      await answerAllFirstOptions(kiosk.page);
      expect(await takeTicketWithContact(kiosk.page)).toBe(expected);
      await kiosk.page.getByTestId('ticket-done').click();
    }
  });

  it('declining consent still gives a ticket and keeps nothing personal', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await kiosk.page.getByTestId('consent-decline').click();
    await expect.poll(() => kiosk.page.getByTestId('ticket-number').textContent()).toBe('A-001');
    const [row] = await storedRecords(kiosk.page);
    expect(row?.record).toMatchObject({
      consent: { general: false },
      contact: null,
      answers: [],
      legalAid: null,
    });
  });

  it('an information-only visit stores nothing', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-inheritance').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('info-only').click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    expect(await storedCounts(kiosk.page)).toEqual({ records: 0, outbox: 0 });
  });

  it('Back returns to the previous question and Start over to Home', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-dispute').click();
    const first = await kiosk.page.locator('#question-text').textContent();
    await kiosk.page.locator('.options .option').first().click();
    await expect.poll(() => kiosk.page.locator('#question-text').textContent()).not.toBe(first);
    await kiosk.page.getByRole('button', { name: /上一步/ }).click();
    expect(await kiosk.page.locator('#question-text').textContent()).toBe(first);
    await kiosk.page.getByRole('button', { name: /重新开始/ }).click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
  });

  it('a reload before the save leaves nothing saved', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-payment').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    await kiosk.page.reload();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    expect(await storedCounts(kiosk.page)).toEqual({ records: 0, outbox: 0 });
  });

  // Holding after each of the two writes in turn: if the intake and its outbox entry were saved
  // in two transactions, one of these would find 1/0 or 0/1 after the reload.
  it.each(['records', 'outbox'])(
    'a reload while the save is in flight (held after its %s write) leaves nothing half-saved',
    async (store) => {
      await kiosk.context.addInitScript({ content: HOLD_SAVE });
      await openHome(kiosk.page, kiosk.url);
      await kiosk.page.getByTestId('prompt-payment').click();
      await answerAllFirstOptions(kiosk.page);
      await kiosk.page.getByTestId('get-ticket').click();
      await agreeToConsent(kiosk.page);
      for (const d of '13812345678') await kiosk.page.getByTestId(`pad-${d}`).click();
      await kiosk.page.evaluate((name) => {
        (window as unknown as { __holdAfter?: string }).__holdAfter = name;
      }, store);
      await kiosk.page.getByTestId('contact-save').click();
      await kiosk.page.waitForFunction(
        () => (window as unknown as { __saveHeld?: boolean }).__saveHeld === true,
      );
      expect(await kiosk.page.getByTestId('ticket-number').count()).toBe(0);
      await kiosk.page.reload();
      await kiosk.page.getByTestId('prompt-contract').waitFor();
      expect(await storedCounts(kiosk.page)).toEqual({ records: 0, outbox: 0 });
      // Nothing was used up either: the next resident still gets the day's first ticket.
      await kiosk.page.getByTestId('prompt-payment').click();
      await answerAllFirstOptions(kiosk.page);
      expect(await takeTicketWithContact(kiosk.page)).toBe('A-001');
      expect(await storedCounts(kiosk.page)).toEqual({ records: 1, outbox: 1 });
    },
  );

  it('saves intakes and suggestions in transactions opened with strict durability', async () => {
    await kiosk.context.addInitScript({ content: RECORD_TRANSACTIONS });
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-property').click();
    await answerAllFirstOptions(kiosk.page);
    await takeTicketWithContact(kiosk.page);
    await kiosk.page.getByTestId('ticket-done').click();
    await kiosk.page.getByTestId('suggestion-entry').click();
    await kiosk.page.getByTestId('suggestion-text').fill('请周日也开门');
    await kiosk.page.getByTestId('suggestion-submit').click();
    await kiosk.page.getByTestId('suggestion-thanks').waitFor();
    const saves = (await recordedTransactions(kiosk.page)).filter(
      (tx) => tx.stores.includes('records') && tx.stores.includes('outbox'),
    );
    // The intake (with the ticket counter) and the suggestion.
    expect(saves.filter((tx) => tx.stores.includes('counters'))).toHaveLength(1);
    expect(saves).toHaveLength(2);
    // What Chromium actually applied, not only what was asked for.
    expect(saves.map((tx) => tx.durability)).toEqual(['strict', 'strict']);
  });

  it('explains an invalid phone number and will not save until it is fixed', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-contract').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    for (const d of '12345') await kiosk.page.getByTestId(`pad-${d}`).click();
    expect(await kiosk.page.getByTestId('phone-error').textContent()).toContain('11 位');
    expect(await kiosk.page.getByTestId('contact-save').isDisabled()).toBe(true);
    for (const d of '678901') await kiosk.page.getByTestId(`pad-${d}`).click();
    expect(await kiosk.page.getByTestId('phone-error').textContent()).toContain('不像大陆手机号');
    expect(await kiosk.page.getByTestId('contact-save').isDisabled()).toBe(true);
    await kiosk.page.getByTestId('pad-clear').click();
    for (const d of '13912345678') await kiosk.page.getByTestId(`pad-${d}`).click();
    expect(await kiosk.page.getByTestId('phone-error').count()).toBe(0);
    await kiosk.page.getByTestId('contact-save').click();
    await kiosk.page.getByTestId('ticket-number').waitFor();
  });

  it('caps 10,000 typed characters and shows markup as text, never running it', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('suggestion-entry').click();
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await kiosk.page.getByTestId('suggestion-text').fill(markup + 'x'.repeat(10_000));
    expect((await kiosk.page.getByTestId('suggestion-text').inputValue()).length).toBe(500);
    await kiosk.page.getByTestId('suggestion-submit').click();
    await kiosk.page.getByTestId('suggestion-thanks').waitFor();
    const [row] = await storedRecords(kiosk.page);
    expect(String(row?.record.text).startsWith(markup)).toBe(true);
    expect(
      await kiosk.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    await kiosk.page.getByRole('button', { name: /回到首页/ }).click();
    await kiosk.page.getByTestId('prompt-contract').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    await kiosk.page.getByTestId('surname').fill(markup);
    expect(await kiosk.page.getByTestId('surname-error').isVisible()).toBe(true);
    expect(await kiosk.page.getByTestId('contact-save').isDisabled()).toBe(true);
    expect(
      await kiosk.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  it('shows a clear error and keeps the answers when the disk is full', async () => {
    await openHome(kiosk.page, kiosk.url);
    const cdp = await kiosk.context.newCDPSession(kiosk.page);
    await kiosk.page.getByTestId('prompt-labour').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    for (const d of '13812345678') await kiosk.page.getByTestId(`pad-${d}`).click();
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(kiosk.url).origin,
      quotaSize: 1,
    });
    await kiosk.page.getByTestId('contact-save').click();
    await kiosk.page.getByTestId('save-error').waitFor();
    expect(await kiosk.page.getByTestId('save-error').textContent()).toContain('存储空间满了');
    expect(await kiosk.page.getByTestId('phone-display').textContent()).toBe('13812345678');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(kiosk.url).origin });
    await kiosk.page.getByTestId('contact-save').click();
    await kiosk.page.getByTestId('ticket-number').waitFor();
    expect(await storedCounts(kiosk.page)).toEqual({ records: 1, outbox: 1 });
  });
});

describe('walking away', () => {
  it('warns after inactivity with at least 20 seconds to answer; "more time" keeps the answers', async () => {
    await kiosk.page.clock.install();
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-contract').click();
    await kiosk.page.locator('.options .option').first().click();
    const question = await kiosk.page.locator('#question-text').textContent();
    await kiosk.page.clock.fastForward(91_000);
    await kiosk.page.getByTestId('idle-warning').waitFor();
    await kiosk.page.clock.fastForward(19_000);
    expect(await kiosk.page.getByTestId('idle-warning').isVisible()).toBe(true);
    await kiosk.page.getByTestId('idle-more-time').click();
    expect(await kiosk.page.getByTestId('idle-warning').count()).toBe(0);
    expect(await kiosk.page.locator('#question-text').textContent()).toBe(question);
  });

  it('resets to Home and wipes the unfinished answers when nobody answers', async () => {
    await kiosk.page.clock.install();
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('large-text').click();
    await kiosk.page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    for (const d of '138') await kiosk.page.getByTestId(`pad-${d}`).click();
    await kiosk.page.clock.fastForward(91_000);
    await kiosk.page.getByTestId('idle-warning').waitFor();
    await kiosk.page.clock.fastForward(31_000);
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    expect(await kiosk.page.getByTestId('large-text').getAttribute('aria-pressed')).toBe('false');
    expect(await storedCounts(kiosk.page)).toEqual({ records: 0, outbox: 0 });
    // Starting again shows a fresh form, not the previous resident's digits.
    await kiosk.page.getByTestId('prompt-family').click();
    await answerAllFirstOptions(kiosk.page);
    await kiosk.page.getByTestId('get-ticket').click();
    await agreeToConsent(kiosk.page);
    expect(await kiosk.page.getByTestId('phone-display').textContent()).toBe('还没有输入');
  });
});
