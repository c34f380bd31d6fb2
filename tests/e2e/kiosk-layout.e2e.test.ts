import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultCatalogue as catalogue } from '../../shared/catalogue/default';
import { allPaths, everyQuestion } from '../../shared/intake/all-paths';
import type { FlowState } from '../../shared/intake/flow';
import { recommend } from '../../shared/intake/recommend';
import { shortestWayToTicket } from '../../shared/intake/taps';
import { seriousA11yViolations } from './browser';
import { useKioskBrowser } from './kiosk-browser';
import { KIOSK_SCREENS, KIOSK_VOICES, offScreen, tapThrough, unevenTileRows } from './kiosk-layout';
import { openHome } from './kiosk-page';

/**
 * Issue 14: on every kiosk screen size, in both languages and both text sizes, Home shows all
 * seven prompts and every resident screen its main action without scrolling; measured as laid
 * out by Chromium. The questions and ways come from the built-in catalogue, so a question added
 * to it is checked too.
 */

const kiosk = useKioskBrowser({ pages: 'on demand', initScript: KIOSK_VOICES });

const CASES = KIOSK_SCREENS.flatMap((screen) =>
  (['zh-CN', 'en'] as const).flatMap((locale) =>
    (['default', 'large'] as const).map((text) => ({
      ...screen,
      locale,
      text,
      label: `${screen.width}x${screen.height}, ${locale}, ${text} text`,
    })),
  ),
);
type Case = (typeof CASES)[number];

async function openAs({ width, height, locale, text }: Case): Promise<Page> {
  // bypassCSP lets axe-core be injected.
  const page = await kiosk.openPage({ viewport: { width, height }, bypassCSP: true });
  await openHome(page, kiosk.url);
  if (locale === 'en') {
    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  if (text === 'large') await page.getByTestId('large-text').click();
  // Home once settled: the room's name in the top bar, the notices filled in.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="room-name"]')?.textContent?.trim() &&
      document.querySelector('.notice-board:not([aria-busy])'),
  );
  return page;
}

const answers = (path: FlowState) => path.answers.map((a) => `option-${a.optionId}`);
const HOME = '[data-testid="prompt-contract"]';

/** The way with the fewest answers whose answers reveal sensitive information (two consents). */
function shortestSensitivePath(): FlowState {
  const paths = catalogue.flows
    .flatMap(({ prompt }) => allPaths(catalogue, prompt))
    .filter((path) => recommend(catalogue, path).sensitive.length > 0)
    .sort((a, b) => a.answers.length - b.answers.length);
  if (!paths[0]) throw new Error('no way through the catalogue reveals sensitive information');
  return paths[0];
}

/** Problems found, by where; the tests expect none (an empty object). */
function problemLog() {
  const problems: Record<string, string[]> = {};
  const note = (where: string, found: string[]) => {
    if (found.length > 0) problems[where] = found;
  };
  return { problems, note };
}

/** On each prompt's result, reached by its shortest way, run `check`; then Start over. */
async function onEachResult(page: Page, check: (prompt: string) => Promise<void>): Promise<void> {
  for (const { prompt } of catalogue.flows) {
    const way = shortestWayToTicket(catalogue, prompt);
    await tapThrough(
      page,
      [`prompt-${prompt}`, ...answers(way.path)],
      '[data-testid="get-ticket"]',
    );
    await check(prompt);
    await tapThrough(page, ['nav-start-over'], HOME);
  }
}

for (const screen of CASES)
  describe(screen.label, () => {
    it('Home shows all seven prompts, each row of tiles alike; every question all its answers', async () => {
      const page = await openAs(screen);
      const { problems, note } = problemLog();
      expect(await page.locator('.prompt-tile').count()).toBe(catalogue.flows.length);
      note('home', await offScreen(page, '.prompt-tile'));
      note('home, tile heights', await unevenTileRows(page));
      note(
        'home, axe',
        (await seriousA11yViolations(page)).map((v) => `${v.id}: ${v.help}`),
      );

      for (const { prompt } of catalogue.flows) {
        // From one question to the next: Back to where their routes part, then answer onwards.
        let at: readonly string[] = [];
        await tapThrough(page, [`prompt-${prompt}`], '[data-question]');
        for (const { questionId, route } of everyQuestion(catalogue, prompt)) {
          let shared = 0;
          while (shared < at.length && at[shared] === route[shared]) shared++;
          const taps = [
            ...Array<string>(at.length - shared).fill('nav-back'),
            ...route.slice(shared).map((option) => `option-${option}`),
          ];
          await tapThrough(page, taps, `[data-question="${questionId}"]`);
          note(`${prompt}: ${questionId}`, await offScreen(page, '.option'));
          at = route;
        }
        await tapThrough(page, ['nav-start-over'], HOME);
      }
      await tapThrough(page, ['prompt-dispute'], '[data-question]');
      note(
        'question, axe',
        (await seriousA11yViolations(page)).map((v) => `${v.id}: ${v.help}`),
      );
      expect(problems).toEqual({});
    });

    it('every screen after the questions shows its main action', async () => {
      const page = await openAs(screen);
      const { problems, note } = problemLog();

      // Each prompt's result, on its shortest way: take a ticket, or only look.
      await onEachResult(page, async (prompt) => {
        const actions = '[data-testid="get-ticket"], [data-testid="info-only"]';
        note(`${prompt} result`, await offScreen(page, actions));
      });

      // Through both consents to the ticket, with every contact field left empty.
      const path = shortestSensitivePath();
      await tapThrough(
        page,
        [`prompt-${path.prompt}`, ...answers(path)],
        '[data-testid="get-ticket"]',
      );
      // Each screen once it is drawn (the later ones wait for the databases).
      const check = async (where: string, selector: string) => {
        await page.locator(selector).first().waitFor();
        note(where, await offScreen(page, selector));
      };
      await page.getByTestId('get-ticket').click();
      await check('consent', '[data-testid^="consent-"]');
      await page.getByTestId('consent-agree').click();
      await check('sensitive consent', '[data-testid^="sensitive-"]');
      await page.getByTestId('sensitive-no').click();
      await check('contact', '[data-testid="contact-save"]');
      await page.getByTestId('contact-save').click();
      await check('ticket', '[data-testid="ticket-done"]');
      await page.getByTestId('ticket-done').click();

      await page.getByTestId('suggestion-entry').click();
      await check('suggestion', '[data-testid="suggestion-submit"]');
      await page.getByTestId('suggestion-text').fill('周日也开门吧');
      await page.getByTestId('suggestion-submit').click();
      await check('suggestion thanks', '[data-testid="suggestion-done"]');
      expect(problems).toEqual({});
    });
  });

/** The fonts Chromium really drew each `[data-font-probe]` element's text with. */
async function drawnFonts(page: Page): Promise<{ text: string; fonts: string[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-font-probe]',
  });
  const drawn = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    drawn.push({
      text: outerHTML.replace(/<[^>]+>/g, '').slice(0, 40),
      fonts: fonts.map((f) => f.familyName),
    });
  }
  await cdp.detach();
  return drawn;
}

/** Mark elements in main whose own text matches `pattern` for drawnFonts; returns how many. */
function probe(page: Page, pattern: string): Promise<number> {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    document
      .querySelectorAll('[data-font-probe]')
      .forEach((e) => e.removeAttribute('data-font-probe'));
    let n = 0;
    for (const element of document.querySelectorAll('main *')) {
      const own = [...element.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent ?? '')
        .join('');
      if (re.test(own)) {
        element.setAttribute('data-font-probe', '');
        n++;
      }
    }
    return n;
  }, pattern);
}

describe('type', () => {
  it('sets English in a Latin font (no split "People’s") and Chinese in the CJK font', async () => {
    const page = await kiosk.openPage({ viewport: { width: 1366, height: 768 } });
    await openHome(page, kiosk.url);
    expect(await probe(page, '来坐坐')).toBeGreaterThan(0);
    for (const { text, fonts } of await drawnFonts(page))
      expect(fonts, text).toEqual(['Noto Sans CJK SC']);

    await page.getByTestId('language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const drawn: { text: string; fonts: string[] }[] = [];
    await onEachResult(page, async () => {
      // Text with a curly apostrophe and no Han characters (a volunteer's name may have them).
      if ((await probe(page, '^[^\\u4e00-\\u9fff]*’[^\\u4e00-\\u9fff]*$')) > 0)
        drawn.push(...(await drawnFonts(page)));
    });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((d) => d.fonts.some((f) => /CJK|Han|YaHei|PingFang/.test(f)))).toEqual([]);
  });
});
