import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HUB_DB_FILE } from '../server/db/open';
import { DEMO_SITE_ID, seedDemoVolunteers } from '../server/demo';
import { seedAccount } from '../server/console/testing/console-client';
import { seedRoom } from '../server/console/testing/seed-cases';
import { seriousA11yViolations } from './e2e/browser';
import { useConsoleHub } from './e2e/console-hub';
import { syncedAll } from './e2e/desk-page';

/**
 * Running the rooms in real Chromium against a real hub process (run `npm run build` first): a
 * street office adds a duty slot to the week grid and publishes it, and the kiosk's Home shows it
 * after sync; volunteers and codes through the forms (the PIN never shown again, the code as
 * text and QR); the printable notice fits one A4 page; another street's room is refused; axe on
 * every rooms screen in both languages; the slot form works from the keyboard alone.
 */
let otherRoom: string;
const world = useConsoleHub('rooms-e2e', async (db, now) => {
  await seedDemoVolunteers(db, now);
  await seedAccount(db, 'jiedao', 'street-office', { street: 'xujiahui' });
  await seedAccount(db, 'quju', 'district-admin');
  otherRoom = seedRoom(db, 'tianping', now).siteId;
});
const { kiosk } = world;
/** Console pages keep the hub's CSP unless a test injects axe. */
const consolePage = (username: string, options: { bypassCSP?: boolean } = {}) =>
  world.consoleAs(username, { bypassCSP: false, ...options });

function hubDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(world.dataDir, HUB_DB_FILE));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function openRoom(page: Page): Promise<void> {
  await page.getByTestId('nav-rooms').click();
  await page.getByTestId(`room-${DEMO_SITE_ID}`).click();
  await page.getByTestId('room-page').waitFor();
}

describe('a street office edits the rota', () => {
  it('adds a slot for today and the kiosk Home shows it after sync', async () => {
    await kiosk.page.goto(kiosk.url);
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await syncedAll(kiosk.page);
    // Today as the kiosk's own clock has it: Home shows today's slots.
    const weekday = await kiosk.page.evaluate(() => new Date().getDay() || 7);

    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('slot-day').selectOption(String(weekday));
    await page.getByTestId('slot-start').fill('18:00');
    await page.getByTestId('slot-end').fill('19:30');
    await page.getByTestId('slot-service').selectOption('mediation');
    await page.getByTestId('slot-role').selectOption('literate');
    await page.getByTestId('slot-who').fill('钱阿姨');
    await page.getByTestId('slot-add').click();
    await expect
      .poll(() => page.getByTestId(`rota-day-${weekday}`).textContent())
      .toContain('法律明白人 钱阿姨');
    await page.getByTestId('rota-publish').click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('值班表已发布'));

    await syncedAll(kiosk.page);
    await expect
      .poll(() => kiosk.page.getByTestId('rota-today').textContent(), { timeout: 30_000 })
      .toContain('法律明白人 钱阿姨');
  });

  it('a malformed slot is refused in the form and nothing is published', async () => {
    const before = hubDb((db) =>
      db.prepare("SELECT cursor FROM changes WHERE kind = 'rota'").all(),
    );
    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('slot-start').fill('15:00');
    await page.getByTestId('slot-end').fill('14:00');
    await page.getByTestId('slot-who').fill('孙律师');
    await page.getByTestId('slot-add').click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('结束时间');
    expect(
      hubDb((db) => db.prepare("SELECT cursor FROM changes WHERE kind = 'rota'").all()),
    ).toEqual(before);
  });

  it('the slot form works from the keyboard alone', async () => {
    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('slot-who').focus();
    await page.keyboard.type('周律师');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'slot-add',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('rota-day-1').textContent()).toContain('周律师');
  });
});

describe('volunteers, codes and the notice', () => {
  it('adds a volunteer with a PIN typed twice; the PIN is cleared and never stored in plain', async () => {
    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('volunteer-id').fill('qian');
    await page.getByTestId('volunteer-name').fill('钱志愿者');
    await page.getByTestId('volunteer-pin').fill('864213');
    await page.getByTestId('volunteer-again').fill('864213');
    await page.getByTestId('volunteer-add').click();
    await page.getByTestId('volunteer-qian').waitFor();
    expect(await page.getByTestId('volunteer-pin').inputValue()).toBe('');
    const stored = hubDb((db) =>
      JSON.stringify([
        db.prepare('SELECT * FROM volunteers').all(),
        db.prepare('SELECT * FROM audit_log').all(),
        db.prepare('SELECT * FROM changes').all(),
      ]),
    );
    expect(stored).toContain('qian');
    expect(stored).not.toContain('864213');
    expect(await page.locator('body').innerText()).not.toContain('864213');
  });

  it('issues a code shown as text and as a QR code, and revokes it', async () => {
    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('code-issue').click();
    const issued = async () =>
      (await page.locator('li.code .code__text').allTextContents()).filter(
        (c) => c !== 'DEMO-2026',
      );
    await expect.poll(async () => (await issued()).length).toBe(1);
    const code = (await issued())[0] ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.getByTestId(`qr-${code}`).waitFor();
    await page.getByTestId(`code-revoke-${code}`).click();
    await expect.poll(() => page.getByTestId(`code-${code}`).count()).toBe(0);
  });

  it('prints the notice on one A4 page', async () => {
    const page = await consolePage('jiedao');
    await openRoom(page);
    await page.getByTestId('room-notice').click();
    await page.getByTestId('notice-sheet').waitFor();
    expect(await page.getByTestId('notice-rota').textContent()).toContain('钱阿姨');
    expect(await page.getByTestId('notice-theme').textContent()).toContain('民法典');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  it("another street's room is refused, in the page and over the API", async () => {
    const page = await consolePage('jiedao');
    const res = await page.request.get(`${world.hub.url}/api/v1/console/rooms/${otherRoom}`);
    expect(res.status()).toBe(403);
    expect(await res.json()).toMatchObject({ error: 'out_of_scope' });
    await page.goto(`${world.hub.url}/console/rooms/${otherRoom}`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('负责的范围');
  });
});

describe('accessibility (axe-core) on every rooms screen', () => {
  it('has no serious or critical violation, in Chinese and in English', async () => {
    const found: Record<string, unknown> = {};
    const check = async (page: Page, screen: string) => {
      const violations = await seriousA11yViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = await consolePage('quju', { bypassCSP: true });
      if (lang === 'en') await page.getByTestId('lang-en').click();
      await page.getByTestId('nav-rooms').click();
      await page.getByTestId('rooms-table').waitFor();
      await check(page, `${lang} rooms`);
      await page.getByTestId(`room-${DEMO_SITE_ID}`).click();
      await page.getByTestId('devices-table').waitFor();
      await page.locator('img.qr').first().waitFor();
      await check(page, `${lang} room`);
      await page.getByTestId('volunteer-reset-demo-zhang').click();
      await page.getByTestId('reset-pin').waitFor();
      await check(page, `${lang} reset PIN`);
      await page.getByTestId('room-notice').click();
      await page.getByTestId('notice-sheet').waitFor();
      await check(page, `${lang} notice`);
    }
    expect(found).toEqual({});
  });
});
