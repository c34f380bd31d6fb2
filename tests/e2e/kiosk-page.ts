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
