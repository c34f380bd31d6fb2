import type { Page } from 'playwright-core';

/** Page helpers that read like what a resident does. */
export async function openHome(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('prompt-contract').waitFor();
}

/** Answer every question with the first option until the result screen shows. */
export async function answerAllFirstOptions(page: Page): Promise<number> {
  let steps = 0;
  for (; steps < 10; steps++) {
    const result = page.getByTestId('get-ticket');
    const options = page.locator('.options .option');
    await Promise.race([result.waitFor(), options.first().waitFor()]);
    if (await result.isVisible()) return steps;
    await options.first().click();
  }
  throw new Error('questions never ended');
}

/** Count records in the kiosk's own IndexedDB (what would survive a power cut). */
export function storedCounts(page: Page): Promise<{ records: number; outbox: number }> {
  return page.evaluate(
    () =>
      new Promise<{ records: number; outbox: number }>((resolve, reject) => {
        const req = indexedDB.open('kiosk-records');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            return resolve({ records: 0, outbox: 0 });
          }
          const tx = db.transaction(['records', 'outbox'], 'readonly');
          const r = tx.objectStore('records').count();
          const o = tx.objectStore('outbox').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ records: r.result, outbox: o.result });
          };
        };
      }),
  );
}

/** All stored records as plain objects. */
export function storedRecords(page: Page): Promise<Array<{ record: Record<string, unknown> }>> {
  return page.evaluate(
    () =>
      new Promise<Array<{ record: Record<string, unknown> }>>((resolve, reject) => {
        const req = indexedDB.open('kiosk-records');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('records', 'readonly').objectStore('records').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Array<{ record: Record<string, unknown> }>);
          };
        };
      }),
  );
}

/** Agree on the consent screen, and to the separate sensitive-information consent if asked. */
export async function agreeToConsent(page: Page, keepSensitive = true): Promise<void> {
  await page.getByTestId('consent-agree').click();
  const sensitive = page.getByTestId(keepSensitive ? 'sensitive-yes' : 'sensitive-no');
  await Promise.race([sensitive.waitFor(), page.getByTestId('contact-save').waitFor()]);
  if (await sensitive.isVisible()) await sensitive.click();
}

/**
 * A resident takes a ticket as 王女士 with a phone number, optionally asking for care, and goes
 * back to Home; returns the ticket number. By default through 纠纷隐忧来坐坐, a matter the desk
 * routes to teams.
 */
export async function takeTicket(
  page: Page,
  options: {
    prompt?: string;
    phone?: string;
    focusGroup?: string;
    homeVisit?: string;
  } = {},
): Promise<string> {
  await page.getByTestId(`prompt-${options.prompt ?? 'dispute'}`).click();
  await answerAllFirstOptions(page);
  const hardship = page.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await page.getByTestId('get-ticket').click();
  await agreeToConsent(page);
  await page.getByTestId('surname').fill('王');
  await page.getByTestId('salutation-ms').click();
  for (const d of options.phone ?? '13812345678') await page.getByTestId(`pad-${d}`).click();
  if (options.focusGroup) await page.getByTestId(`group-${options.focusGroup}`).click();
  if (options.homeVisit) await page.getByTestId(`visit-${options.homeVisit}`).click();
  await page.getByTestId('contact-save').click();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  await page.getByTestId('ticket-done').click();
  await page.getByTestId('prompt-contract').waitFor();
  return ticket;
}

/** Store what the hub would have sent in the kiosk's content database (read again on reload). */
export function storeHubContent(page: Page, entries: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('kiosk-content');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('content', 'readwrite');
          const updatedAt = new Date().toISOString();
          for (const [key, value] of Object.entries(values))
            tx.objectStore('content').put({ key, value, updatedAt });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    entries,
  );
}
