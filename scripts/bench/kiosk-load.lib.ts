import type { Browser } from 'playwright-core';
import { shimEsbuildNames } from './kiosk-harness.lib';

/** A page to cold-load and the element whose arrival makes it usable. */
export interface LoadTarget {
  name: string;
  url: string;
  /** Ready when this element is laid out, enabled and on top at its centre (a tap would hit it). */
  selector: string;
}

interface ProbeWindow {
  __benchReady?: number;
}

/**
 * Runs in the page before any of its own scripts. From navigation start (performance.now() is 0
 * there) it watches the DOM; once the element is visible and clickable it takes the time in the
 * next animation frame, the frame that first paints it.
 */
function readyProbe(selector: string): void {
  const clickable = (): boolean => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el || (el instanceof HTMLButtonElement && el.disabled)) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden')
      return false;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    // Off-screen centre: elementFromPoint cannot tell, and laid out is the best we can say.
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return true;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && el.contains(hit);
  };
  const observer = new MutationObserver(() => {
    if (!clickable()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      (window as ProbeWindow).__benchReady = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** One cold load: a fresh browser context (empty cache, no service worker), navigation start to ready. */
async function coldLoad(browser: Browser, target: LoadTarget): Promise<number> {
  const context = await shimEsbuildNames(
    await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' }),
  );
  try {
    await context.addInitScript(readyProbe, target.selector);
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(() => (window as ProbeWindow).__benchReady, null, {
      timeout: 30_000,
    });
    return (await ready.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * Cold-load every target `runs` times, alternating between them so that any drift of the machine
 * (another process waking, thermal) falls on all targets alike. One unmeasured load of each first
 * warms the server's file cache and Chromium's process pool, not the page.
 */
export async function coldLoads(
  browser: Browser,
  targets: readonly LoadTarget[],
  runs: number,
): Promise<Map<string, number[]>> {
  for (const target of targets) await coldLoad(browser, target);
  const samples = new Map(targets.map((t) => [t.name, [] as number[]]));
  for (let i = 0; i < runs; i++) {
    for (const target of targets) samples.get(target.name)?.push(await coldLoad(browser, target));
  }
  return samples;
}
