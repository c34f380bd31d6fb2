import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedSite } from '../server/testing/test-hub';
import { useKioskBrowser } from './e2e/kiosk-browser';

/**
 * Reading the site file from a USB stick. The browser build has no removable media, so the page
 * gets a stand-in for Electron's preload bridge (`window.kiosk`) whose `readSiteFile` returns
 * whatever raw text the test put on the "stick"; Electron's own reading of the stick is tested
 * with the main process. Everything after the raw text is the real renderer.
 */
const STAND_IN_BRIDGE = `
  const ok = (value) => Promise.resolve({ ok: true, value });
  window.kiosk = {
    appInfo: () => ok({ shell: 'electron', appVersion: '0.1.0', electronVersion: 'test',
      chromeVersion: null, kioskBuild: false }),
    getCredential: () => ok(JSON.parse(localStorage.getItem('test-credential') ?? 'null')),
    setCredential: (c) => { localStorage.setItem('test-credential', JSON.stringify(c)); return ok(null); },
    clearCredential: () => { localStorage.removeItem('test-credential'); return ok(null); },
    printTicket: () => Promise.resolve({ ok: false, error: 'no_printer' }),
    listPrinters: () => ok([]),
    readSiteFile: () => {
      const raw = localStorage.getItem('test-site-file');
      return raw === null ? Promise.resolve({ ok: false, error: 'not_found' }) : ok(raw);
    },
    relaunch: () => { location.reload(); return ok(null); },
    onIdle: () => () => {},
  };
`;

const kiosk = useKioskBrowser({
  hub: true,
  server: { provisioned: false },
  initScript: STAND_IN_BRIDGE,
});

async function putOnStick(p: Page, raw: string | null) {
  await p.evaluate((text) => {
    if (text === null) localStorage.removeItem('test-site-file');
    else localStorage.setItem('test-site-file', text);
  }, raw);
}

async function toCodeStep(p: Page) {
  await p.goto(kiosk.url);
  await p.getByTestId('setup-lang-en').click();
  await p.getByTestId('setup-next').click();
  await p.locator('[data-testid="setup-wizard"][data-step="code"]').waitFor();
}

async function readStick(p: Page) {
  await p.getByTestId('site-file-read').click();
  await Promise.race([
    p.getByTestId('site-file-error').waitFor(),
    p.getByTestId('site-file-ok').waitFor(),
  ]);
}

describe('the site file on a USB stick', () => {
  it('a half-written, corrupted, misspelt or missing file is refused and changes nothing', async () => {
    const { code } = seedSite(kiosk.hub);
    await toCodeStep(kiosk.page);
    const hubNote = await kiosk.page.getByTestId('setup-code-hub').textContent();
    const whole = JSON.stringify({ hubUrl: 'https://other-hub.example', enrollmentCode: code });
    // Consecutive cases differ in their words, so a message left from the last read never passes.
    const cases: [string | null, string][] = [
      [whole.slice(0, 30), 'damaged or only half written'],
      [JSON.stringify({ hubUrl: 'https://other-hub.example', code }), 'missing, misspelt or wrong'],
      ['\u0000\u0000\u0000\u0000', 'damaged or only half written'],
      [null, 'No site file'],
    ];
    for (const [raw, words] of cases) {
      await putOnStick(kiosk.page, raw);
      await readStick(kiosk.page);
      await expect
        .poll(() => kiosk.page.getByTestId('site-file-error').textContent())
        .toContain(words);
      expect(await kiosk.page.getByTestId('setup-code').inputValue()).toBe('');
      expect(await kiosk.page.getByTestId('setup-code-hub').textContent()).toBe(hubNote);
      expect(await kiosk.page.getByTestId('setup-next').isDisabled()).toBe(true);
    }
  });

  it('a good file fills in the hub, the code, the label and the language, and the wizard carries on', async () => {
    const { code } = seedSite(kiosk.hub);
    await toCodeStep(kiosk.page);
    const origin = new URL(kiosk.url).origin;
    await putOnStick(
      kiosk.page,
      JSON.stringify({
        hubUrl: origin,
        enrollmentCode: code,
        deviceLabel: '前台左',
        locale: 'zh-CN',
        printer: 'POS-80',
      }),
    );
    await readStick(kiosk.page);
    expect(await kiosk.page.getByTestId('setup-code').inputValue()).toBe(code);
    expect(await kiosk.page.getByTestId('setup-code-hub').textContent()).toContain(origin);
    expect(await kiosk.page.getByTestId('setup-code-hub').textContent()).toContain('POS-80');
    expect(await kiosk.page.getByTestId('setup-progress').textContent()).toContain('第 2 步');
    await kiosk.page.getByTestId('setup-next').click();
    // The hub answers: on to the room, with the file's label already filled in.
    await kiosk.page.getByTestId('enrolled-room').waitFor();
    expect(await kiosk.page.getByTestId('setup-label').inputValue()).toBe('前台左');
    expect(await kiosk.page.getByTestId('setup-next').isEnabled()).toBe(true);
  });
});
