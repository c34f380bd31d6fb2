import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, seriousA11yViolations } from './browser';
import { answerAllFirstOptions, openHome } from './kiosk-page';
import { startKioskServer, type KioskServer } from './kiosk-server';

const require = createRequire(import.meta.url);

let browser: Browser;
let kiosk: KioskServer;

beforeAll(async () => {
  browser = await launchChromium();
  kiosk = await startKioskServer();
});
afterAll(async () => {
  await browser?.close();
  await kiosk?.close();
});

type Mode = 'default' | 'large' | 'contrast';

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  // bypassCSP lets axe-core be injected; the journey suites run with the real CSP.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

async function setMode(page: Page, mode: Mode) {
  if (mode === 'large') await page.getByTestId('large-text').click();
  if (mode === 'contrast') await page.getByTestId('high-contrast').click();
}

/** Visit every screen of the journey (and the suggestion box), calling `check` on each. */
async function everyScreen(page: Page, check: (screen: string) => Promise<void>) {
  await check('home');
  await page.getByTestId('prompt-labour').click();
  await check('question');
  await answerAllFirstOptions(page);
  const hardship = page.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await check('result');
  await page.getByTestId('get-ticket').click();
  await check('consent');
  await page.getByTestId('consent-agree').click();
  const sensitive = page.getByTestId('sensitive-yes');
  await Promise.race([sensitive.waitFor(), page.getByTestId('contact-save').waitFor()]);
  if (await sensitive.isVisible()) {
    await check('sensitive consent');
    await sensitive.click();
  }
  for (const d of '1381234') await page.getByTestId(`pad-${d}`).click();
  await check('contact (with a phone error)');
  for (const d of '5678') await page.getByTestId(`pad-${d}`).click();
  await page.getByTestId('contact-save').click();
  await page.getByTestId('ticket-number').waitFor();
  await check('ticket');
  await page.getByTestId('ticket-done').click();
  await page.getByTestId('suggestion-entry').click();
  await check('suggestion');
}

describe('accessibility on every screen (axe-core, WCAG 2.2 A/AA)', () => {
  it.each<[Mode, string]>([
    ['default', 'zh-CN'],
    ['default', 'en'],
    ['large', 'zh-CN'],
    ['contrast', 'zh-CN'],
  ])('%s mode, %s: no serious or critical violation', async (mode, locale) => {
    const found: Record<string, unknown> = {};
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      if (locale === 'en') await page.getByTestId('language-switch').click();
      await setMode(page, mode);
      await everyScreen(page, async (screen) => {
        const v = await seriousA11yViolations(page);
        if (v.length) found[screen] = v;
      });
    });
    expect(found).toEqual({});
  });

  it('high-contrast mode reaches 7:1 (axe color-contrast-enhanced)', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      await setMode(page, 'contrast');
      const failures: string[] = [];
      await everyScreen(page, async (screen) => {
        await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
        const n = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (d: Document, o: unknown) => Promise<{ violations: unknown[] }> };
            }
          ).axe;
          const r = await axe.run(document, {
            runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
          });
          return r.violations.length;
        });
        if (n) failures.push(screen);
      });
      expect(failures).toEqual([]);
    });
  });
});

/** Sizes a person sees: measured in the page, per mode. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLElement>('button')].filter(
      (b) => b.offsetParent !== null,
    );
    const minTarget = Math.min(
      ...buttons.map((b) =>
        Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height),
      ),
    );
    const texts = [
      ...document.querySelectorAll<HTMLElement>('main p, main li, main dd, main button'),
    ].filter((e) => e.offsetParent !== null && e.innerText.trim() !== '' && !e.closest('.sr-only'));
    const sizes = texts.map((e) => parseFloat(getComputedStyle(e).fontSize));
    const lineHeights = texts.map((e) => {
      const cs = getComputedStyle(e);
      const lh =
        cs.lineHeight === 'normal' ? 1.2 * parseFloat(cs.fontSize) : parseFloat(cs.lineHeight);
      return lh / parseFloat(cs.fontSize);
    });
    const main = document.querySelector<HTMLElement>('.question__text, .option');
    return {
      minTarget,
      minFont: Math.min(...sizes),
      minLineHeight: Math.min(...lineHeights),
      mainFont: main ? parseFloat(getComputedStyle(main).fontSize) : 0,
    };
  });
}

describe('elderly-friendly sizes (适老化)', () => {
  it('default mode: targets >= 48px, text >= 18px, line height >= 1.3', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      await page.getByTestId('prompt-contract').click();
      const m = await measure(page);
      expect(m.minTarget).toBeGreaterThanOrEqual(48);
      expect(m.minFont).toBeGreaterThanOrEqual(18);
      expect(m.minLineHeight).toBeGreaterThanOrEqual(1.3);
    });
  });

  it('large-text mode: targets >= 60px, main text >= 30px', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      await page.getByTestId('large-text').click();
      await page.getByTestId('prompt-contract').click();
      const m = await measure(page);
      expect(m.minTarget).toBeGreaterThanOrEqual(60);
      expect(m.mainFont).toBeGreaterThanOrEqual(30);
      expect(m.minFont).toBeGreaterThanOrEqual(18);
    });
  });

  it('English is complete: no Chinese left on the journey screens once switched', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      await page.getByTestId('language-switch').click();
      const leftovers: string[] = [];
      const CJK = /[\u4e00-\u9fff]/;
      await everyScreen(page, async (screen) => {
        // The language button offers 中文 by design, and demo rota names are people's names.
        const text = await page.locator('main').evaluate((m) => {
          const clone = m.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.rota__who').forEach((e) => e.remove());
          return clone.innerText;
        });
        if (CJK.test(text))
          leftovers.push(
            `${screen}: ${text
              .split('\n')
              .filter((l) => CJK.test(l))
              .slice(0, 3)
              .join(' | ')}`,
          );
      });
      expect(leftovers).toEqual([]);
    });
  });
});
