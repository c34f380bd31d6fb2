import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHome } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { seedSite } from '../server/testing/test-hub';

/**
 * Desk volunteers from the hub, end to end: an admin adds a volunteer with the real CLI (PIN on
 * stdin) against a real hub's database, the built kiosk in Chromium syncs, and that volunteer opens
 * the desk with their PIN while the demo volunteers the kiosk had seeded are gone; the admin removes
 * the volunteer, and after the next sync the open desk locks and nobody can open it. Run
 * `npx vite build` first.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
let siteId: string;
const kiosk = useKioskBrowser({
  hub: true,
  pages: 'whole suite',
  server: (started) => {
    const seeded = seedSite(started.hub);
    siteId = seeded.siteId;
    return { enrollmentCode: seeded.code };
  },
});

/** `npm run hub -- <args>` on the hub's data dir, as an admin runs it while the hub serves. */
function adminCli(args: string[], stdin = '') {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'server/cli.ts'),
      ...args,
      '--data',
      kiosk.hub.dataDir,
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
const syncNow = () => kiosk.page.evaluate(() => window.dispatchEvent(new Event('online')));

async function typePin(pin: string) {
  for (const d of pin) await kiosk.page.getByTestId(`pad-${d}`).click();
  await kiosk.page.getByTestId('pin-submit').click();
}

describe('desk volunteers come from the hub', () => {
  it('before the hub has a roster, the demo kiosk opens with the demo volunteers', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.waitForSelector('[data-testid="sync-status"][data-state="synced"]', {
      timeout: 30_000,
    });
    await kiosk.page.getByTestId('staff-entry').click();
    await kiosk.page.getByTestId('desk-demo-roster').waitFor();
    await kiosk.page.getByTestId('volunteer-demo-zhang').click();
    await typePin('2468');
    await kiosk.page.getByTestId('desk-volunteer').waitFor();
    await kiosk.page.getByTestId('desk-exit').click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    expect(await storedRoster(kiosk.page)).toEqual({ demo: true, ids: ['demo-zhang', 'demo-li'] });
  });

  it('a volunteer the admin adds opens the desk with their PIN; the demo PIN no longer works', async () => {
    const added = adminCli(
      ['volunteer', 'add', '--site', siteId, '--id', 'wang-fang', '--name', '王芳', '--pin-stdin'],
      '864209\n',
    );
    expect(added.code).toBe(0);
    await syncNow();
    await expect
      .poll(() => storedRoster(kiosk.page), { timeout: 30_000 })
      .toEqual({ demo: false, ids: ['wang-fang'] });

    await kiosk.page.getByTestId('staff-entry').click();
    await kiosk.page.getByTestId('volunteer-wang-fang').waitFor();
    expect(await kiosk.page.getByTestId('volunteer-demo-zhang').count()).toBe(0);
    expect(await kiosk.page.getByTestId('desk-demo-roster').count()).toBe(0);
    await kiosk.page.getByTestId('volunteer-wang-fang').click();
    await typePin('2468'); // the demo PIN
    await expect
      .poll(() => kiosk.page.getByTestId('pin-error').textContent())
      .toBe('密码不对。还可以试 4 次。');
    expect(await kiosk.page.getByTestId('desk-volunteer').count()).toBe(0);
    await typePin('864209');
    await expect
      .poll(() => kiosk.page.getByTestId('desk-volunteer').textContent())
      .toContain('王芳');
  });

  it('removed at the hub, the volunteer loses the open desk at the next sync and cannot open it again', async () => {
    expect(adminCli(['volunteer', 'remove', '--site', siteId, '--id', 'wang-fang']).code).toBe(0);
    await syncNow();
    await expect
      .poll(() => storedRoster(kiosk.page), { timeout: 30_000 })
      .toEqual({ demo: false, ids: [] });
    // The open desk locks itself; the lock screen offers nobody and says whom to ask.
    await kiosk.page.getByTestId('desk-roster-problem').waitFor();
    expect(await kiosk.page.getByTestId('desk-volunteer').count()).toBe(0);
    expect(await kiosk.page.getByTestId('volunteer-wang-fang').count()).toBe(0);
    expect(await kiosk.page.getByTestId('desk-roster-problem').textContent()).toBe(
      '区里的名单上这个客厅没有值班人员，暂时无法进入前台。请联系技术人员或区里的管理员添加。',
    );
    // An empty roster from the hub is not "no roster": a reload does not bring the demo back.
    await kiosk.page.reload();
    await kiosk.page.getByTestId('language-switch').click();
    await kiosk.page.getByTestId('staff-entry').click();
    await expect
      .poll(() => kiosk.page.getByTestId('desk-roster-problem').textContent())
      .toBe(
        'The district hub lists no volunteers for this room, so nobody can open the desk. Please ask the technician or the district hub to add volunteers.',
      );
    expect(await kiosk.page.getByTestId('volunteer-demo-zhang').count()).toBe(0);
    expect(await storedRoster(kiosk.page)).toEqual({ demo: false, ids: [] });
  });

  // Refused CLI input (short PIN, duplicate id, unknown site) is server/cli/volunteer-cli.test.ts's.
  it('the hub served the roster without logging a PIN or a hash', () => {
    expect(kiosk.hub.logText()).not.toMatch(/864209|PBKDF2/);
  });
});
