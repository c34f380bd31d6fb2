import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './browser';
import { agreeToConsent, openHome } from './kiosk-page';
import { useKioskBrowser } from './kiosk-browser';

const require = createRequire(import.meta.url);

const kiosk = useKioskBrowser({ pages: 'on demand' });

type Mode = 'default' | 'large' | 'contrast';

async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  // bypassCSP lets axe-core be injected; the journey suites run with the real CSP.
  const page = await kiosk.openPage({ bypassCSP: true });
  // A controllable clock (running at real speed) brings up the idle warning on demand.
  await page.clock.install();
  return fn(page);
}

async function setMode(page: Page, mode: Mode) {
  if (mode === 'large') await page.getByTestId('large-text').click();
  if (mode === 'contrast') await page.getByTestId('high-contrast').click();
}

type Check = (screen: string) => Promise<void>;

/** Answer with the first option to the end, checking every question screen on the way. */
async function everyQuestion(page: Page, flow: string, check: Check) {
  const result = page.getByTestId('get-ticket');
  const options = page.locator('.options .option');
  for (let step = 1; step <= 10; step++) {
    await Promise.race([result.waitFor(), options.first().waitFor()]);
    if (await result.isVisible()) return;
    await check(`${flow} question ${step}`);
    await options.first().click();
  }
  throw new Error('questions never ended');
}

/**
 * Visit every screen a resident can see, calling `check` on each: the family path through a
 * domestic-violence answer, which asks the separate sensitive consent, with a phone error and a
 * full disk before its ticket (the first save: a quota override counts from the origin's usage);
 * the labour path with the legal-aid hardship question; the suggestion box; and the "are you
 * still there?" warning.
 */
async function everyScreen(page: Page, check: Check) {
  await check('home');
  await page.getByTestId('prompt-family').click();
  await check('family question 1');
  await page.getByTestId('option-violence').click();
  await everyQuestion(page, 'family (violence)', check);
  await check('family result');
  await page.getByTestId('get-ticket').click();
  await page.getByTestId('consent-agree').click();
  await page.getByTestId('sensitive-yes').waitFor();
  await check('sensitive consent');
  await page.getByTestId('sensitive-yes').click();
  for (const d of '1381234') await page.getByTestId(`pad-${d}`).click();
  await check('contact (with a phone error)');
  for (const d of '5678') await page.getByTestId(`pad-${d}`).click();
  const origin = new URL(kiosk.url).origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByTestId('contact-save').click();
  await page.getByTestId('save-error').waitFor();
  await check('contact (disk full)');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByTestId('contact-save').click();
  await page.getByTestId('ticket-number').waitFor();
  await check('ticket after a failed save');
  await page.getByTestId('ticket-done').click();

  await page.getByTestId('prompt-labour').click();
  await everyQuestion(page, 'labour', check);
  await check('labour result, before the hardship answer');
  const hardship = page.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await check('labour result');
  await page.getByTestId('get-ticket').click();
  await check('consent');
  await agreeToConsent(page);
  for (const d of '13812345678') await page.getByTestId(`pad-${d}`).click();
  await check('contact');
  await page.getByTestId('contact-save').click();
  await page.getByTestId('ticket-number').waitFor();
  await check('ticket');
  await page.getByTestId('ticket-done').click();

  await page.getByTestId('suggestion-entry').click();
  await check('suggestion');
  await page.getByTestId('suggestion-text').fill('Please open on Sundays.');
  await page.getByTestId('suggestion-submit').click();
  await page.getByTestId('suggestion-thanks').waitFor();
  await check('suggestion thanks');

  await page.getByRole('button', { name: /回到首页|back to the start/ }).click();
  await page.getByTestId('prompt-contract').click();
  await page.locator('.options .option').first().waitFor();
  await page.clock.fastForward(91_000);
  await page.getByTestId('idle-warning').waitFor();
  await check('idle warning');
  await page.getByTestId('idle-more-time').click();
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

/** Sizes a person sees on the current screen (main and any dialog over it), measured in the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const visible = (e: Element) =>
      e.getClientRects().length > 0 &&
      getComputedStyle(e).visibility !== 'hidden' &&
      !e.closest('.sr-only, [aria-hidden="true"]');
    const buttons = [...document.querySelectorAll<HTMLElement>('button')].filter(visible);
    const targets = buttons.flatMap((b) => {
      const r = b.getBoundingClientRect();
      return [{ what: b.innerText.trim().slice(0, 30), px: Math.min(r.width, r.height) }];
    });
    // Every element that holds text of its own: what a resident actually reads.
    const roots = [...document.querySelectorAll<HTMLElement>('main, [role="alertdialog"]')];
    const texts = roots
      .flatMap((root) => [root, ...root.querySelectorAll<HTMLElement>('*')])
      .filter(
        (e) =>
          visible(e) &&
          [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      )
      .map((e) => {
        const cs = getComputedStyle(e);
        const size = parseFloat(cs.fontSize);
        // 'normal' is about 1.2 in most fonts: counted as such, so it fails the 1.3 rule.
        const line = cs.lineHeight === 'normal' ? 1.2 * size : parseFloat(cs.lineHeight);
        return { what: e.innerText.trim().slice(0, 30), size, lineHeight: line / size };
      });
    return { targets, texts };
  });
}

interface SizeRule {
  minTarget: number;
  minText: number;
  minLineHeight: number;
}

/** Walk every screen in `mode`; list whatever breaks `rule`, by screen. */
async function sizeFailures(page: Page, rule: SizeRule): Promise<string[]> {
  const failures: string[] = [];
  await everyScreen(page, async (screen) => {
    const m = await measure(page);
    if (m.texts.length === 0) failures.push(`${screen}: no text measured`);
    for (const t of m.targets)
      if (t.px < rule.minTarget) failures.push(`${screen}: target "${t.what}" ${t.px}px`);
    for (const t of m.texts) {
      if (t.size < rule.minText) failures.push(`${screen}: text "${t.what}" ${t.size}px`);
      if (t.lineHeight < rule.minLineHeight)
        failures.push(`${screen}: line height of "${t.what}" ${t.lineHeight.toFixed(2)}`);
    }
  });
  return failures;
}

describe('elderly-friendly sizes (适老化), on every screen', () => {
  it('default mode: targets >= 48px, text >= 18px, line height >= 1.3', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      const failures = await sizeFailures(page, { minTarget: 48, minText: 18, minLineHeight: 1.3 });
      expect(failures).toEqual([]);
    });
  });

  it('large-text mode: targets >= 60px, main text >= 30px, line height >= 1.3', async () => {
    await withPage(async (page) => {
      await openHome(page, kiosk.url);
      await setMode(page, 'large');
      const failures = await sizeFailures(page, { minTarget: 60, minText: 30, minLineHeight: 1.3 });
      expect(failures).toEqual([]);
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
