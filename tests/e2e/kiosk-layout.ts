import type { Page } from 'playwright-core';

/** The kiosk screens issue 14 names: three landscape sizes, full HD, and full HD upright. */
export const KIOSK_SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
] as const;

/**
 * A speech engine with a Mandarin and an English voice, as espeak-ng through speech-dispatcher
 * shows them to Chromium on a Linux kiosk (docs/accessibility.md). With a voice the top bar
 * carries the read-aloud button too, so the screens are measured with the top bar at its fullest.
 */
export const KIOSK_VOICES = `(() => {
  const voices = [
    { name: 'Chinese (Mandarin, latin as Pinyin) espeak-ng', lang: 'cmn-LATN-PINYIN', localService: true, default: false },
    { name: 'English (America) espeak-ng', lang: 'en-US', localService: true, default: false },
  ];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices, speak() {}, cancel() {}, speaking: false, pending: false, paused: false,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
})();`;

/**
 * What of `selector` is not on screen as the page first shows (scrolled to the top): every match
 * must lie inside the window and, unless it is in the action bar that covers the window's foot,
 * above that bar; the bar itself must end inside the window. In words; empty when all is well.
 */
export function offScreen(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found = [...document.querySelectorAll<HTMLElement>(sel)];
    const { clientWidth, clientHeight } = document.documentElement;
    const bar = document.querySelector('.action-bar')?.getBoundingClientRect();
    const problems: string[] = [];
    if (found.length === 0) problems.push(`nothing matches ${sel}`);
    if (window.scrollY !== 0) problems.push(`scrolled to ${window.scrollY}px`);
    if (bar && bar.bottom > clientHeight + 0.5)
      problems.push('the action bar ends below the window');
    for (const element of found) {
      const box = element.getBoundingClientRect();
      const inBar = element.closest('.action-bar') !== null;
      const foot = bar && !inBar ? Math.min(clientHeight, bar.top) : clientHeight;
      if (box.top < 0 || box.left < 0 || box.right > clientWidth + 0.5 || box.bottom > foot + 0.5)
        problems.push(
          `"${element.innerText.trim().slice(0, 40)}" at ${Math.round(box.left)},${Math.round(box.top)}–` +
            `${Math.round(box.right)},${Math.round(box.bottom)}; visible to ${clientWidth},${Math.round(foot)}`,
        );
    }
    return problems;
  }, selector);
}

/** Rows of Home's tiles whose tiles differ in height, in words. */
export function unevenTileRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows = new Map<number, number[]>();
    for (const tile of document.querySelectorAll('.prompt-tile')) {
      const box = tile.getBoundingClientRect();
      const top = Math.round(box.top);
      rows.set(top, [...(rows.get(top) ?? []), box.height]);
    }
    return [...rows]
      .filter(([, heights]) => Math.max(...heights) - Math.min(...heights) > 0.5)
      .map(([top, heights]) => `row at ${top}px: ${heights.map(Math.round).join(', ')}px`);
  });
}

/**
 * Tap each of `testIds` in turn, in the page itself, then wait for `until` (a selector). Each tap
 * waits for its button to appear and then a frame, as a finger would, for React to draw the next
 * screen. The suite taps a few thousand times: driven one by one from Node it would take minutes.
 */
export function tapThrough(page: Page, testIds: readonly string[], until: string): Promise<void> {
  return page.evaluate(
    async ({ ids, last }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const find = async (selector: string): Promise<HTMLElement> => {
        for (let tries = 0; tries < 600; tries++) {
          const element = document.querySelector<HTMLElement>(selector);
          if (element) return element;
          await frame();
        }
        throw new Error(`never appeared: ${selector}`);
      };
      for (const id of ids) {
        (await find(`[data-testid="${id}"]`)).click();
        await frame();
      }
      await find(last);
      await frame();
    },
    { ids: [...testIds], last: until },
  );
}
