import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { defaultCatalogue as catalogue } from '../../shared/catalogue/default';
import { MAX_TAPS_TO_TICKET, shortestWayToTicket } from '../../shared/intake/taps';
import { useKioskBrowser } from './kiosk-browser';
import { openHome } from './kiosk-page';

/**
 * Counts every tap on a button the page receives (a finger's tap ends in a trusted click), and
 * notes whether the page ever scrolled: a resident should not have to scroll to find the next
 * button either.
 */
const COUNT_TAPS = `(() => {
  window.__taps = [];
  window.__maxScroll = 0;
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element && e.target.closest('button');
    if (e.isTrusted && button) window.__taps.push(button.dataset.testid || button.textContent);
  }, true);
  addEventListener('scroll', () => { window.__maxScroll = Math.max(window.__maxScroll, scrollY); });
})();`;

const kiosk = useKioskBrowser({ pages: 'on demand', initScript: COUNT_TAPS });

/**
 * A finger's tap at the centre of what the screen shows: no scrolling first (as Playwright's own
 * tap() would do), so a button out of view, or one covered by something else, fails the journey.
 */
async function tap(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  const box = await target.boundingBox();
  const view = page.viewportSize();
  if (!box || !view || box.y < 0 || box.y + box.height > view.height)
    throw new Error(`not in view: ${String(target)}`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

const RESIDENTS = [
  { label: 'in Chinese', locale: 'zh-CN', largeText: false },
  // The tightest screen: English with large text on the smallest kiosk.
  { label: 'in English with large text', locale: 'en', largeText: true },
] as const;

for (const who of RESIDENTS)
  describe(`taps from Home to a ticket on a 1024×768 touch screen, ${who.label}`, () => {
    // Every prompt the catalogue has, along the way shared/intake/taps counts as the shortest.
    it.each(catalogue.flows.map((f) => f.prompt))(
      `%s: at most ${MAX_TAPS_TO_TICKET} taps on the shortest way, as many as shared/intake/taps counts`,
      async (prompt) => {
        const way = shortestWayToTicket(catalogue, prompt);
        const page = await kiosk.openPage({
          viewport: { width: 1024, height: 768 },
          hasTouch: true,
          isMobile: false,
        });
        const byId = (id: string) => page.getByTestId(id);
        await openHome(page, kiosk.url);
        if (who.locale === 'en') {
          await tap(page, byId('language-switch'));
          await page.waitForFunction(() => document.documentElement.lang === 'en');
        }
        if (who.largeText) await tap(page, byId('large-text'));
        // Only the journey counts: the language and text size were this resident's choice.
        await page.evaluate(() => {
          (window as unknown as { __taps: string[] }).__taps = [];
        });

        await tap(page, byId(`prompt-${prompt}`));
        for (const { questionId, optionId } of way.path.answers) {
          // On its own question's screen: the next question may have an answer of the same name.
          const question = page.locator(`[data-question="${questionId}"]`);
          await tap(page, question.getByTestId(`option-${optionId}`));
        }
        await tap(page, byId('get-ticket'));
        await tap(page, byId('consent-agree'));
        // The separate consent for sensitive information comes only where the answers reveal some.
        await Promise.race([byId('sensitive-no').waitFor(), byId('contact-save').waitFor()]);
        if (await byId('sensitive-no').isVisible()) await tap(page, byId('sensitive-no'));
        await tap(page, byId('contact-save'));
        await byId('ticket-number').waitFor();

        const { taps, maxScroll } = await page.evaluate(() => {
          const w = window as unknown as { __taps: string[]; __maxScroll: number };
          return { taps: w.__taps, maxScroll: w.__maxScroll };
        });
        console.log(`${prompt} (${who.label}): ${taps.length} taps: ${taps.join(', ')}`);
        expect(taps).toHaveLength(way.taps);
        expect(taps.length).toBeLessThanOrEqual(MAX_TAPS_TO_TICKET);
        expect(maxScroll).toBe(0);
      },
    );
  });
