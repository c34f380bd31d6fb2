import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Front-desk helpers that read like what a volunteer does (renderer/features/desk). */

export const syncNow = (page: Page) =>
  page.evaluate(() => window.dispatchEvent(new Event('online')));

export const waitForSyncStatus = (page: Page, attrs: string, timeout = 90_000) =>
  page.waitForSelector(`[data-testid="sync-status"]${attrs}`, { timeout });

/** Sync until the kiosk has sent everything and the hub answered. */
export async function syncedAll(page: Page): Promise<void> {
  await syncNow(page);
  await waitForSyncStatus(page, '[data-state="synced"][data-pending="0"]');
}

export async function unlockDesk(
  page: Page,
  volunteer = 'demo-zhang',
  pin = '2468',
): Promise<void> {
  await page.getByTestId('staff-entry').click();
  await page.getByTestId(`volunteer-${volunteer}`).click();
  for (const d of pin) await page.getByTestId(`pad-${d}`).click();
  await page.getByTestId('pin-submit').click();
  await page.getByTestId('desk-volunteer').waitFor();
}

/** Call the ticket, register it (首问登记) with a category, and route it to that team. */
export async function registerAndRoute(
  page: Page,
  ticket: string,
  matter = '邻居装修噪音纠纷，多次协商不成',
  category = 'mediation',
): Promise<void> {
  const text = (id: string) => page.getByTestId(id).textContent();
  await page.getByTestId('desk-tab-queue').click();
  await page.getByTestId(`ticket-${ticket}`).waitFor();
  await page.getByTestId('call-next').click();
  await expect.poll(() => text(`ticket-status-${ticket}`)).toBe('已叫号');
  await page.getByTestId(`register-${ticket}`).click();
  await page.getByTestId('register-matter').fill(matter);
  await page.getByTestId(`register-category-${category}`).click();
  await page.getByTestId('register-save').click();
  await expect.poll(() => text('case-status')).toBe('已登记');
  await page.getByTestId('outcome-route').click();
  await page.getByTestId('route-save').click();
  await expect.poll(() => text('case-status')).toBe('等待团队办理');
}

/** Open the case from the "result ready" list once a sync has brought the team's result. */
export async function openResultReady(page: Page, ticket: string, result: string): Promise<void> {
  await page.getByTestId('desk-tab-lists').click();
  await page.getByTestId('list-resultReady').click();
  await expect
    .poll(
      async () => {
        await syncNow(page);
        return page.getByTestId(`case-row-${ticket}`).count();
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toBe(1);
  await page.getByTestId(`case-row-${ticket}`).getByTestId('case-row-open').click();
  await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('有结果，待告知居民');
  expect(await page.getByTestId('case-teams').textContent()).toContain(result);
}
