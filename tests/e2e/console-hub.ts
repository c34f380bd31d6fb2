import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openHubDb, type Db } from '../../server/db/open';
import { DEMO_SITE_ID, seedDemo } from '../../server/demo';
import { issueCode } from '../../server/store/codes';
import { TEST_PASSWORD } from '../../server/console/testing/console-client';
import { useKioskBrowser } from './kiosk-browser';
import { freePort, HubProcess } from '../sync/hub-process';

/**
 * A console suite's world, set up for the whole file (call at the top level): a real hub process
 * on a fresh SQLite file seeded with the demo room (plus what `seed` adds), a kiosk of the demo
 * room enrolled with a fresh code, and logged-in console pages on the same Chromium.
 */
export function useConsoleHub(name: string, seed: (db: Db, now: number) => Promise<void> | void) {
  const state: { dataDir: string; hub: HubProcess | null; enrollmentCode: string } = {
    dataDir: '',
    hub: null,
    enrollmentCode: '',
  };
  const hub = (): HubProcess => {
    if (!state.hub) throw new Error('the hub starts in beforeAll');
    return state.hub;
  };
  beforeAll(async () => {
    state.dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
    const db = openHubDb(state.dataDir);
    const now = Date.now();
    seedDemo(db, now);
    await seed(db, now);
    state.enrollmentCode = issueCode(db, DEMO_SITE_ID, 3600_000, now).code;
    db.close();
    state.hub = new HubProcess(state.dataDir, await freePort());
    await state.hub.start();
  });
  afterAll(async () => {
    await state.hub?.stop();
    if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  });

  const kiosk = useKioskBrowser({
    pages: 'whole suite',
    server: () => ({ hubOrigin: hub().url, enrollmentCode: state.enrollmentCode }),
  });
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  /** A console page logged in as `username` (bypassCSP lets axe be injected as a script). */
  async function consoleAs(
    username: string,
    { password = TEST_PASSWORD, bypassCSP = true }: { password?: string; bypassCSP?: boolean } = {},
  ): Promise<Page> {
    const context = await kiosk.browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${hub().url}/console/`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('who').waitFor();
    return page;
  }

  return {
    kiosk,
    consoleAs,
    get hub() {
      return hub();
    },
    get dataDir() {
      return state.dataDir;
    },
  };
}
