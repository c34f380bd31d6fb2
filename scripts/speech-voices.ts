import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { pickVoice } from '../renderer/features/accessibility/pick-voice';

/**
 * What speechSynthesis really offers in this machine's Chromium, without and with the switch the
 * kiosk's shell adds on Linux (electron/speech.ts), and which voice the read-aloud button would
 * use for each language. For checking a kiosk image (docs/accessibility.md):
 *
 *   npx tsx scripts/speech-voices.ts
 *
 * speech-dispatcher starts on first use and then lists every voice of every module, so the list
 * can take ten seconds or more to arrive; this waits up to WAIT_MS for it.
 */

const WAIT_MS = 30_000;

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

async function voices(extraArgs: string[]): Promise<{ voices: Voice[]; ms: number }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<p>voices</p>');
    // A string, not a function: nothing of this file's transpiled helpers reaches the page.
    return await page.evaluate(`new Promise((resolve) => {
      const started = performance.now();
      const list = () => speechSynthesis.getVoices().map((v) =>
        ({ name: v.name, lang: v.lang, localService: v.localService, default: v.default }));
      const done = () => resolve({ voices: list(), ms: Math.round(performance.now() - started) });
      if (list().length > 0) return done();
      speechSynthesis.addEventListener('voiceschanged', () => { if (list().length > 0) done(); });
      setTimeout(done, ${WAIT_MS});
    })`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  for (const args of [[], ['--enable-speech-dispatcher']]) {
    const found = await voices(args);
    const label = args.length ? args.join(' ') : 'no switch';
    console.log(
      `\n${CHROMIUM_PATH} (${label}): ${found.voices.length} voices after ${found.ms} ms`,
    );
    const chinese = found.voices.filter((v) => /^(zh|cmn|yue)/i.test(v.lang));
    const langs = new Map<string, number>();
    for (const v of chinese) langs.set(v.lang, (langs.get(v.lang) ?? 0) + 1);
    console.log(`  Chinese voices by language: ${JSON.stringify(Object.fromEntries(langs))}`);
    for (const v of chinese.filter((v) => !v.name.includes('+')))
      console.log(`    ${v.name} [${v.lang}]${v.localService ? '' : ' (remote)'}`);
    for (const locale of ['zh-CN', 'en'] as const) {
      const voice = pickVoice(found.voices, locale);
      console.log(
        `  read-aloud in ${locale}: ${voice ? `${voice.name} [${voice.lang}]` : 'hidden (no voice)'}`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
