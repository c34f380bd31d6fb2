import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './e2e/browser';
import { openHome } from './e2e/kiosk-page';
import { startKioskServer, type KioskServer } from './e2e/kiosk-server';
import { seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';

/**
 * Desk volunteers from the hub, end to end: an admin adds a volunteer with the real CLI (PIN on
 * stdin) against a real hub's database, the built kiosk in Chromium syncs, and that volunteer opens
 * the desk with their PIN while the demo volunteers the kiosk had seeded are gone; the admin removes
 * the volunteer, and after the next sync the open desk locks and nobody can open it. Run
 * `npx vite build` first.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
let hub: TestHub;
let siteId: string;
let kiosk: KioskServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** `npm run hub -- <args>` on the hub's data dir, as an admin runs it while the hub serves. */
function adminCli(args: string[], stdin = '') {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      ...args,
      '--data',
      hub.dataDir,
    ],
    { encoding: 'utf8', input: stdin, env: { ...process.env, INIT_CWD: ROOT } },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The roster as the kiosk stored it (content DB), or null. */
function storedRoster(p: Page): Promise<{ demo: boolean; ids: string[] } | null> {
  return p.evaluate(
    () =>
      new Promise<{ demo: boolean; ids: string[] } | null>((resolve, reject) => {
        const req = indexedDB.open('kiosk-content');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('content')) {
            db.close();
            return resolve(null);
          }
          const get = db
            .transaction('content', 'readonly')
            .objectStore('content')
            .get('desk:volunteers');
          get.onsuccess = () => {
            db.close();
            const value = (
              get.result as { value?: { demo: boolean; volunteers: { id: string }[] } }
            )?.value;
            resolve(value ? { demo: value.demo, ids: value.volunteers.map((v) => v.id) } : null);
          };
        };
      }),
  );
}

/** Ask the kiosk's scheduler for a sync now (it syncs on `online`, as after a network cut). */
const syncNow = () => page.evaluate(() => window.dispatchEvent(new Event('online')));

async function typePin(pin: string) {
  for (const d of pin) await page.getByTestId(`pad-${d}`).click();
  await page.getByTestId('pin-submit').click();
}

beforeAll(async () => {
  hub = await startTestHub();
  const seeded = seedSite(hub);
  siteId = seeded.siteId;
  kiosk = await startKioskServer({ hubOrigin: hub.url, enrollmentCode: seeded.code });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await kiosk?.close();
  await hub?.close();
});

describe('desk volunteers come from the hub', () => {
  it('before the hub has a roster, the demo kiosk opens with the demo volunteers', async () => {
    await openHome(page, kiosk.url);
    await page.waitForSelector('[data-testid="sync-status"][data-state="synced"]', {
      timeout: 30_000,
    });
    await page.getByTestId('staff-entry').click();
    await page.getByTestId('desk-demo-roster').waitFor();
    await page.getByTestId('volunteer-demo-zhang').click();
    await typePin('2468');
    await page.getByTestId('desk-volunteer').waitFor();
    await page.getByTestId('desk-exit').click();
    await page.getByTestId('prompt-contract').waitFor();
    expect(await storedRoster(page)).toEqual({ demo: true, ids: ['demo-zhang', 'demo-li'] });
  });

  it('a volunteer the admin adds opens the desk with their PIN; the demo PIN no longer works', async () => {
    const added = adminCli(
      ['volunteer', 'add', '--site', siteId, '--id', 'wang-fang', '--name', '王芳', '--pin-stdin'],
      '864209\n',
    );
    expect(added.code).toBe(0);
    await syncNow();
    await expect
      .poll(() => storedRoster(page), { timeout: 30_000 })
      .toEqual({ demo: false, ids: ['wang-fang'] });

    await page.getByTestId('staff-entry').click();
    await page.getByTestId('volunteer-wang-fang').waitFor();
    expect(await page.getByTestId('volunteer-demo-zhang').count()).toBe(0);
    expect(await page.getByTestId('desk-demo-roster').count()).toBe(0);
    await page.getByTestId('volunteer-wang-fang').click();
    await typePin('2468'); // the demo PIN
    await expect
      .poll(() => page.getByTestId('pin-error').textContent())
      .toBe('密码不对。还可以试 4 次。');
    expect(await page.getByTestId('desk-volunteer').count()).toBe(0);
    await typePin('864209');
    await expect.poll(() => page.getByTestId('desk-volunteer').textContent()).toContain('王芳');
  });

  it('removed at the hub, the volunteer loses the open desk at the next sync and cannot open it again', async () => {
    expect(adminCli(['volunteer', 'remove', '--site', siteId, '--id', 'wang-fang']).code).toBe(0);
    await syncNow();
    await expect
      .poll(() => storedRoster(page), { timeout: 30_000 })
      .toEqual({ demo: false, ids: [] });
    // The open desk locks itself; the lock screen offers nobody and says whom to ask.
    await page.getByTestId('desk-roster-problem').waitFor();
    expect(await page.getByTestId('desk-volunteer').count()).toBe(0);
    expect(await page.getByTestId('volunteer-wang-fang').count()).toBe(0);
    expect(await page.getByTestId('desk-roster-problem').textContent()).toBe(
      '区里的名单上这个客厅没有值班人员，暂时无法进入前台。请联系技术人员或区里的管理员添加。',
    );
    // An empty roster from the hub is not "no roster": a reload does not bring the demo back.
    await page.reload();
    await page.getByTestId('language-switch').click();
    await page.getByTestId('staff-entry').click();
    await expect
      .poll(() => page.getByTestId('desk-roster-problem').textContent())
      .toBe(
        'The district hub lists no volunteers for this room, so nobody can open the desk. Please ask the technician or the district hub to add volunteers.',
      );
    expect(await page.getByTestId('volunteer-demo-zhang').count()).toBe(0);
    expect(await storedRoster(page)).toEqual({ demo: false, ids: [] });
  });

  it('refuses bad input at the CLI and changes nothing the kiosk sees', () => {
    const cursorBefore = hub.db.prepare('SELECT MAX(cursor) AS c FROM changes').get();
    const short = adminCli(
      ['volunteer', 'add', '--site', siteId, '--id', 'li-ming', '--name', '李明', '--pin-stdin'],
      '123\n',
    );
    expect(short).toMatchObject({ code: 2, err: 'error: the PIN must be 4 to 8 digits (0-9)\n' });
    const duplicate = adminCli(
      ['volunteer', 'add', '--site', siteId, '--id', 'wang-fang', '--name', '王芳', '--pin-stdin'],
      '5555\n',
    );
    expect(duplicate.code).toBe(2);
    expect(duplicate.err).toMatch(/exists already/);
    const unknown = adminCli(
      [
        'volunteer',
        'add',
        '--site',
        'atlantis',
        '--id',
        'li-ming',
        '--name',
        '李明',
        '--pin-stdin',
      ],
      '5555\n',
    );
    expect(unknown).toMatchObject({ code: 2, err: 'error: no site with id atlantis\n' });
    expect(hub.db.prepare('SELECT MAX(cursor) AS c FROM changes').get()).toEqual(cursorBefore);
    // The hub logged no PIN and no hash.
    expect(hub.logText()).not.toMatch(/864209|PBKDF2/);
  });
});
