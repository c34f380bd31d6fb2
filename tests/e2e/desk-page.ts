import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { storedRecords } from './kiosk-page';

/** The demo volunteers' PINs (docs/cases.md). */
export const DEMO_PINS = { 'demo-zhang': '2468', 'demo-li': '1357' } as const;
export type DemoVolunteer = keyof typeof DEMO_PINS;

/**
 * A volunteer at the desk, counting taps as they go: every button pressed is one tap, and so is
 * every field typed into (the tap that puts the cursor there; the typing itself is not counted).
 */
export class DeskHands {
  taps = 0;
  constructor(readonly page: Page) {}

  async tap(testId: string): Promise<void> {
    this.taps += 1;
    await this.page.getByTestId(testId).click();
  }

  async type(testId: string, text: string): Promise<void> {
    this.taps += 1;
    await this.page.getByTestId(testId).fill(text);
  }

  /** Taps since `from` (a reading of `taps`). */
  since(from: number): number {
    return this.taps - from;
  }

  text(testId: string): Promise<string | null> {
    return this.page.getByTestId(testId).textContent();
  }

  /** From Home: staff entry, the name, the PIN on the pad, 进入. */
  async unlock(volunteer: DemoVolunteer = 'demo-zhang', pin: string = DEMO_PINS[volunteer]) {
    await this.tap('staff-entry');
    await this.tap(`volunteer-${volunteer}`);
    await this.typePin(pin);
    await this.page.getByTestId('desk-volunteer').waitFor();
  }

  async typePin(pin: string): Promise<void> {
    for (const d of pin) await this.tap(`pad-${d}`);
    await this.tap('pin-submit');
  }
}

/** The stored case events (of one type, if given), as plain objects, oldest id first. */
export async function storedCaseEvents(
  page: Page,
  type?: string,
): Promise<Array<Record<string, unknown>>> {
  return (await storedRecords(page))
    .map((r) => r.record)
    .filter((r) => r.kind === 'caseEvent' && (type === undefined || r.type === type))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Today in the page's clock, YYYY-MM-DD, `plusDays` on. */
export function pageDay(page: Page, plusDays = 0): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, plusDays);
}

/* Front-desk steps that read like what a volunteer does, for suites that drive a whole journey. */

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
