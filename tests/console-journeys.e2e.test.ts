import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { HUB_DB_FILE, openHubDb } from '../server/db/open';
import { seedDemo, DEMO_SITE_ID } from '../server/demo';
import { issueCode } from '../server/store/codes';
import { generateDemo } from '../server/demo/generator';
import { seedAccount, TEST_PASSWORD } from '../server/console/testing/console-client';
import { seedRoom, seedRoutedCase } from '../server/console/testing/seed-cases';
import { DEMO_CONSOLE_PASSWORD } from '../server/demo/demo-accounts';
import { apiPath } from '../shared/console/access';
import { CSRF_HEADER } from '../shared/console/errors';
import { uuidv7 } from '../shared/ids';
import { seriousA11yViolations } from './e2e/browser';
import { takeTicket } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { openResultReady, registerAndRoute, syncedAll, unlockDesk } from './e2e/desk-page';
import { freePort, HubProcess } from './sync/hub-process';

/**
 * The district console in real Chromium against a real hub process (run `npm run build` first):
 * logging in (wrong password, lockout, first-login change), a team member accepting and resolving
 * a case the kiosk's desk routed, the result at the desk after sync; a supervisor who never sees a
 * phone number; an expired session that keeps what was typed; bad input; axe on every screen.
 */
let dataDir: string;
let hub: HubProcess;
let enrollmentCode: string;
let phones: string[] = [];
let otherStreetCase: string;
const KIOSK_PHONE = '13812345678';

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-e2e-'));
  const db = openHubDb(dataDir);
  const now = Date.now();
  seedDemo(db, now);
  const demo = await generateDemo(db, { seed: 5, cases: 80, rooms: 3, months: 2, now });
  phones = demo.phones;
  enrollmentCode = issueCode(db, DEMO_SITE_ID, 3600_000, now).code;
  await seedAccount(db, 'locky', 'middle-office');
  await seedAccount(db, 'firsttime', 'district-admin', {}, { mustChangePassword: true });
  const tianping = seedRoom(db, 'tianping', now);
  otherStreetCase = seedRoutedCase(db, tianping, ['lawyer'], now, '13700001111');
  phones.push('13700001111');
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

const consoleUrl = () => `${hub.url}/console/`;
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});
async function consolePage(options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await kiosk.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  contexts.push(context);
  return context.newPage();
}

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto(consoleUrl());
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

function hubDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, HUB_DB_FILE));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('logging in', () => {
  it('a wrong password says so; five lock the account; the right one then waits', async () => {
    const page = await consolePage();
    await login(page, 'locky', 'not my password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码不对');
    for (let i = 0; i < 4; i++) {
      await page.getByTestId('login-password').fill('still wrong');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('login-submit').isEnabled();
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('锁定');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('锁定');
    expect(await page.getByTestId('who').count()).toBe(0);
  });

  it('the first login must set a new password, then the console opens', async () => {
    const page = await consolePage();
    await login(page, 'firsttime', TEST_PASSWORD);
    await page.getByTestId('password-current').fill(TEST_PASSWORD);
    await page.getByTestId('password-next').fill('short');
    await page.getByTestId('password-again').fill('short');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('太短');
    await page.getByTestId('password-next').fill('my own new passphrase');
    await page.getByTestId('password-again').fill('my own new passphrase');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByTestId('who').textContent()).toContain('firsttime');
  });
});

describe('the teams workbench and the kiosk desk', () => {
  let ticket = '';
  const result = '双方达成调解协议，装修限定在工作日白天';

  it('a team member opens the routed case, accepts and resolves it; the desk shows the result after sync', async () => {
    await kiosk.page.goto(kiosk.url);
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    ticket = await takeTicket(kiosk.page, { phone: KIOSK_PHONE });
    await syncedAll(kiosk.page);
    await unlockDesk(kiosk.page);
    await registerAndRoute(kiosk.page, ticket);
    await syncedAll(kiosk.page);

    const page = await consolePage();
    await login(page, 'mediation', DEMO_CONSOLE_PASSWORD);
    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('view-new').click();
    await expect
      .poll(() => page.getByTestId(`open-${ticket}`).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await page.getByTestId('badge-fresh').textContent()).toMatch(/\d+ 件新/);
    await page.getByTestId(`open-${ticket}`).first().click();
    await expect.poll(() => page.getByTestId('case-phone').textContent()).toBe(KIOSK_PHONE);
    expect(await page.getByTestId('case-answers').textContent()).toBeTruthy();
    await page.getByTestId('act-accept').click();
    await expect.poll(() => page.getByTestId('my-stage').textContent()).toContain('已接收');
    await page.getByTestId('act-resolve').click();
    await page.getByTestId('act-text').fill(result);
    await page.getByTestId('act-save').click();
    await expect.poll(() => page.getByTestId('my-stage').textContent()).toContain('已办好');
    expect(await page.getByTestId('case-history').textContent()).toContain(result);

    await openResultReady(kiosk.page, ticket, result);
    const audited = hubDb((db) =>
      db
        .prepare(
          "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'case.view' AND username = 'mediation'",
        )
        .get(),
    ) as { n: number };
    expect(audited.n).toBeGreaterThan(0);
  });

  it('an expired session asks to log in again over the page and keeps what was typed', async () => {
    const page = await consolePage();
    await login(page, 'lawyer', DEMO_CONSOLE_PASSWORD);
    await page.getByTestId('nav-inbox').click();
    await page.locator('[data-testid^="open-"]').first().click();
    await page.getByTestId('act-progress').click();
    const typed = '已电话联系居民，约好周三下午面谈';
    await page.getByTestId('act-text').fill(typed);
    hubDb((db) =>
      db
        .prepare(
          "UPDATE console_sessions SET ended_at = 1, end_reason = 'revoked' WHERE ended_at IS NULL",
        )
        .run(),
    );
    await page.getByTestId('act-save').click();
    await page.getByTestId('session-expired').waitFor();
    const dialog = page.getByTestId('session-expired');
    await dialog.getByTestId('login-username').fill('lawyer');
    await dialog.getByTestId('login-password').fill(DEMO_CONSOLE_PASSWORD);
    await dialog.getByTestId('login-submit').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByTestId('act-text').inputValue()).toBe(typed);
    await page.getByTestId('act-save').click();
    await expect.poll(() => page.getByTestId('case-history').textContent()).toContain(typed);
  });
});

describe('a supervisor', () => {
  it('sees no phone number anywhere: not in any API answer, not on any page', async () => {
    const page = await consolePage();
    const bodies: string[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/api/v1/console/') && !res.url().includes('/live/events'))
        void res.text().then(
          (t) => bodies.push(t),
          () => undefined,
        );
    });
    await login(page, 'supervisor', DEMO_CONSOLE_PASSWORD);
    await page.getByTestId('who').waitFor();
    const texts: string[] = [await page.locator('body').innerText()];
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('cases-filter').selectOption('all');
    await page.getByTestId('cases-table').waitFor();
    texts.push(await page.locator('body').innerText());
    const links = await page
      .locator('[data-testid^="open-"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links.slice(0, 12)) {
      await page.goto(href);
      await page.getByTestId('case-page').waitFor();
      texts.push(await page.locator('body').innerText());
    }
    // A direct look at the team's and the desk's case too (refused: not a supervisor's route).
    const teamCase = await page.request.get(
      `${hub.url}${apiPath('team.case', { caseId: otherStreetCase })}`,
    );
    bodies.push(await teamCase.text());
    expect(teamCase.status()).toBe(403);
    await expect.poll(() => bodies.length).toBeGreaterThan(14);
    const everything = [...bodies, ...texts].join('\n');
    for (const phone of [...phones, KIOSK_PHONE]) expect(everything).not.toContain(phone);
    expect(everything).not.toMatch(/1[3-9]\d{9}/);
  });
});

describe('bad input gets a clear refusal and changes nothing', () => {
  it('CSRF missing, another street, malformed and oversized input', async () => {
    const page = await consolePage();
    await login(page, 'xujiahui', DEMO_CONSOLE_PASSWORD);
    await page.getByTestId('who').waitFor();
    const before = hubDb((db) => db.prepare('SELECT COUNT(*) AS n FROM case_events').get());
    const other = await page.request.get(
      `${hub.url}${apiPath('cases.read', { caseId: otherStreetCase })}`,
    );
    expect(other.status()).toBe(403);
    expect(await other.json()).toMatchObject({ error: 'out_of_scope' });

    const team = await consolePage();
    await login(team, 'lawyer', DEMO_CONSOLE_PASSWORD);
    await team.getByTestId('who').waitFor();
    const url = `${hub.url}${apiPath('team.act', { caseId: otherStreetCase })}`;
    const noCsrf = await team.request.post(url, { data: { id: uuidv7(), type: 'teamAccepted' } });
    expect(noCsrf.status()).toBe(403);
    expect(await noCsrf.json()).toMatchObject({ error: 'csrf_failed' });
    const session = (await (
      await team.request.get(`${hub.url}${apiPath('session.read')}`)
    ).json()) as { csrfToken: string };
    const headers = { [CSRF_HEADER]: session.csrfToken, 'content-type': 'application/json' };
    const malformed = await team.request.post(url, { headers, data: '{"id": ' });
    expect(malformed.status()).toBe(400);
    const oversized = await team.request.post(url, {
      headers,
      data: { id: uuidv7(), type: 'teamProgress', note: '长'.repeat(501) },
    });
    expect(oversized.status()).toBe(400);
    expect(await oversized.json()).toMatchObject({ error: 'bad_request' });
    const unknownType = await team.request.post(url, {
      headers,
      data: { id: uuidv7(), type: 'teamClosed' },
    });
    expect(unknownType.status()).toBe(400);
    expect(hubDb((db) => db.prepare('SELECT COUNT(*) AS n FROM case_events').get())).toEqual(
      before,
    );

    // The form says "too long" before sending anything.
    await team.goto(`${consoleUrl()}team/cases/${otherStreetCase}`);
    await team.getByTestId('act-progress').click();
    await team.getByTestId('act-text').fill('长'.repeat(501));
    await team.getByTestId('act-save').click();
    await expect.poll(() => team.getByRole('alert').first().textContent()).toContain('太长');
    expect(hubDb((db) => db.prepare('SELECT COUNT(*) AS n FROM case_events').get())).toEqual(
      before,
    );
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA) on every console screen', () => {
  it('has no serious or critical violation, in Chinese and in English', async () => {
    const found: Record<string, unknown> = {};
    const check = async (page: Page, screen: string) => {
      const violations = await seriousA11yViolations(page);
      if (violations.length > 0) found[screen] = violations;
    };
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = await consolePage({ bypassCSP: true });
      await page.goto(consoleUrl());
      await page.getByTestId('login-username').waitFor();
      if (lang === 'en') await page.getByTestId('lang-en').click();
      await check(page, `${lang} login`);
      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill(DEMO_CONSOLE_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('who').waitFor();
      await page.getByTestId('home-fresh').waitFor();
      await check(page, `${lang} admin home`);
      for (const [nav, table] of [
        ['cases', 'cases-table'],
        ['accounts', 'accounts-table'],
        ['audit', 'audit-table'],
        // The demo has no suggestions: the list shows its empty state, so wait for its filter.
        ['suggestions', 'suggestions-status'],
      ] as const) {
        await page.getByTestId(`nav-${nav}`).click();
        await page.getByTestId(table).waitFor();
        await check(page, `${lang} ${nav}`);
      }
      await page.getByTestId('nav-cases').click();
      await page.locator('[data-testid^="open-"]').first().click();
      await page.getByTestId('case-page').waitFor();
      await check(page, `${lang} district case page`);
      await page.getByTestId('logout').click();
      await page.getByTestId('login-username').waitFor();

      await page.getByTestId('login-username').fill('lawyer');
      await page.getByTestId('login-password').fill(DEMO_CONSOLE_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId('inbox-table').waitFor();
      await check(page, `${lang} team inbox`);
      await page.locator('[data-testid^="open-"]').first().click();
      await page.getByTestId('team-actions').waitFor();
      await page.getByTestId('case-history').waitFor();
      await check(page, `${lang} team case page`);
      hubDb((db) =>
        db.prepare('UPDATE console_sessions SET ended_at = 1 WHERE ended_at IS NULL').run(),
      );
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId('view-resolved').click();
      await page.getByTestId('session-expired').waitFor();
      await check(page, `${lang} session expired dialog`);
    }
    const first = await consolePage({ bypassCSP: true });
    hubDb((db) =>
      db
        .prepare('UPDATE accounts SET must_change_password = 1 WHERE username = ?')
        .run('supervisor'),
    );
    await login(first, 'supervisor', DEMO_CONSOLE_PASSWORD);
    await first.getByTestId('password-current').waitFor();
    await check(first, 'first-login password');
    expect(found).toEqual({});
  });
});
