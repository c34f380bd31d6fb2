import type { Browser, Locator, Page } from 'playwright-core';
import { PROMPT_KEYS } from '../../shared/catalogue/ids';
import { shimEsbuildNames } from './kiosk-harness.lib';

/** Where a tap led: another question, or off the question screens (the result), or (floor) anywhere. */
type Landing = 'question' | 'other';

interface TapWindow {
  __benchTap?: { start: number | null; end: number | null; landing: Landing | null };
}

export interface TapSamples {
  tileToQuestion: number[];
  optionToQuestion: number[];
  optionToResult: number[];
}

const VIEWPORT = { width: 1280, height: 900 };

/**
 * Arm the page for one tap. The clock starts at the click event's own timestamp (when the
 * browser turned the finger lifting into a click, before any of our handlers ran) and stops in the
 * first animation frame after the next screen is in the DOM: a new or re-worded #question-text,
 * or a different screen altogether; on the floor page, any change at all.
 */
function armTap(anyChange: boolean): void {
  const w = window as TapWindow;
  const tap = {
    start: null as number | null,
    end: null as number | null,
    landing: null as Landing | null,
  };
  w.__benchTap = tap;
  const question = document.querySelector('#question-text');
  const questionText = question?.textContent ?? null;
  const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
  addEventListener('click', (e) => (tap.start = e.timeStamp), { capture: true, once: true });
  const landing = (): Landing | null => {
    if (anyChange) return 'other';
    const q = document.querySelector('#question-text');
    if (q && (q !== question || q.textContent !== questionText)) return 'question';
    const s = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
    return s !== screen && !q ? 'other' : null;
  };
  const observer = new MutationObserver(() => {
    const landed = landing();
    if (landed === null) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      tap.landing = landed;
      tap.end = performance.now();
    });
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
}

async function timeTap(
  page: Page,
  target: Locator,
  anyChange = false,
): Promise<{ ms: number; landing: Landing }> {
  await page.evaluate(armTap, anyChange);
  await target.click();
  const done = await page.waitForFunction(() => {
    const tap = (window as TapWindow).__benchTap;
    return tap && tap.end !== null && tap.start !== null ? tap : null;
  });
  const tap = (await done.jsonValue()) as { start: number; end: number; landing: Landing };
  return { ms: tap.end - tap.start, landing: tap.landing };
}

/** Tap a prompt tile, then the first option of each question to the result, then back Home. */
async function journey(page: Page, prompt: string, samples: TapSamples | null): Promise<void> {
  const tile = await timeTap(page, page.getByTestId(`prompt-${prompt}`));
  samples?.tileToQuestion.push(tile.ms);
  for (let step = 0; step < 12; step++) {
    const option = await timeTap(page, page.locator('.options .option').first());
    if (option.landing === 'question') {
      samples?.optionToQuestion.push(option.ms);
      continue;
    }
    samples?.optionToResult.push(option.ms);
    await page.getByTestId('info-only').click();
    await page.getByTestId('prompt-contract').waitFor();
    return;
  }
  throw new Error(`the ${prompt} questions never ended`);
}

/**
 * `journeys` journeys through the prompts in turn, in one page as a resident would use it; one
 * unmeasured journey first so the figures are of a kiosk that has been on, not of first-run JIT.
 */
export async function tapLatencies(
  browser: Browser,
  url: string,
  journeys: number,
): Promise<TapSamples> {
  const context = await shimEsbuildNames(
    await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' }),
  );
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('prompt-contract').waitFor();
    await journey(page, PROMPT_KEYS[0], null);
    const samples: TapSamples = { tileToQuestion: [], optionToQuestion: [], optionToResult: [] };
    for (let i = 0; i < journeys; i++)
      await journey(page, PROMPT_KEYS[i % PROMPT_KEYS.length]!, samples);
    return samples;
  } finally {
    await context.close();
  }
}

/** The same clock on the floor page: a tap on its one button until React has re-rendered it. */
export async function floorTapLatencies(
  browser: Browser,
  url: string,
  taps: number,
): Promise<number[]> {
  const context = await shimEsbuildNames(
    await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' }),
  );
  try {
    const page = await context.newPage();
    await page.goto(url);
    const button = page.getByTestId('floor-button');
    for (let i = 0; i < 5; i++) await timeTap(page, button, true);
    const samples: number[] = [];
    for (let i = 0; i < taps; i++) samples.push((await timeTap(page, button, true)).ms);
    return samples;
  } finally {
    await context.close();
  }
}
