import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../server/testing/test-hub';
import { launchChromium } from './browser';
import { startKioskServer, type KioskServer } from './kiosk-server';

type KioskServerOptions = NonNullable<Parameters<typeof startKioskServer>[0]>;

export interface KioskBrowserOptions {
  /** Start a real hub for the suite (SQLite file, HTTP on loopback); the kiosk's /api goes to it. */
  hub?: boolean;
  /**
   * How to serve the built kiosk. A function runs once the hub (`kiosk.hub`, or one the suite
   * started in an earlier `beforeAll`) is up, to seed it or to point the kiosk at a proxy.
   */
  server?: KioskServerOptions | ((kiosk: KioskBrowser) => KioskServerOptions);
  /**
   * When a browser context (a fresh profile: empty IndexedDB) and its page open:
   * - `each test` (default): a new one before every test, closed after it;
   * - `whole suite`: one for all tests, for journeys whose tests carry on from each other;
   * - `on demand`: the test calls `openPage()`; whatever it opened is closed after the test.
   */
  pages?: 'each test' | 'whole suite' | 'on demand';
  /** A script every page of every context runs before the kiosk's own (e.g. a stand-in bridge). */
  initScript?: string;
}

export interface KioskBrowser {
  /** The built kiosk's address, served as `npm start` serves it. */
  readonly url: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The hub started with `hub: true`. */
  readonly hub: TestHub;
  /** Close the current context, if any, and open a new one (e.g. `{ bypassCSP: true }` for axe). */
  openPage(options?: BrowserContextOptions): Promise<Page>;
}

const KIOSK_SCREEN: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/**
 * Real Chromium against the built kiosk (run `npx vite build` first), optionally with a real hub:
 * registers the suite's vitest hooks and returns what the tests use. Call it at the top level of
 * the suite. Hooks run in the order they are registered (and `after` hooks in reverse), so a hub
 * the suite starts in its own `beforeAll` above this call is up before the kiosk, and stops after
 * the browser has closed.
 */
export function useKioskBrowser(options: KioskBrowserOptions = {}): KioskBrowser {
  const pages = options.pages ?? 'each test';
  let browser: Browser | undefined;
  let hub: TestHub | undefined;
  let server: KioskServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useKioskBrowser: no ${what} yet`);
    return value;
  };

  async function openPage(extra: BrowserContextOptions = {}): Promise<Page> {
    await closeContext();
    context = await ready(browser, 'browser').newContext({ ...KIOSK_SCREEN, ...extra });
    if (options.initScript !== undefined)
      await context.addInitScript({ content: options.initScript });
    page = await context.newPage();
    return page;
  }

  async function closeContext(): Promise<void> {
    const open = context;
    context = undefined;
    page = undefined;
    await open?.close();
  }

  beforeAll(async () => {
    browser = await launchChromium();
    if (options.hub) hub = await startTestHub();
    const serverOptions =
      typeof options.server === 'function' ? options.server(kiosk) : (options.server ?? {});
    server = await startKioskServer({
      ...(hub ? { hubOrigin: hub.url } : {}),
      ...serverOptions,
    });
    if (pages === 'whole suite') await openPage();
  });
  afterAll(async () => {
    await closeContext();
    await browser?.close();
    await server?.close();
    await hub?.close();
  });
  if (pages === 'each test')
    beforeEach(async () => {
      await openPage();
    });
  if (pages !== 'whole suite') afterEach(closeContext);

  const kiosk: KioskBrowser = {
    get url() {
      return ready(server, 'kiosk server').url;
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'browser context');
    },
    get page() {
      return ready(page, 'page');
    },
    get hub() {
      return ready(hub, 'hub (pass hub: true)');
    },
    openPage,
  };
  return kiosk;
}
