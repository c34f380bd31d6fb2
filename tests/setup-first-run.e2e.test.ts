import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enroll, seedSite, seedTianlin } from '../server/testing/test-hub';
import { hubCli } from '../server/testing/hub-cli';
import { issueCode } from '../server/store/codes';
import { seriousA11yViolations } from './e2e/browser';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { choosePin, runWizard, wizardStep as step, wizardToRoom } from './e2e/setup-wizard';

/**
 * Issue 16, the first-time technician: the real first-run path in Chromium at 1280×800 against
 * a real hub (SQLite file, HTTP on loopback), through the browser build's own /api proxy.
 */
const kiosk = useKioskBrowser({ hub: true, server: { provisioned: false }, pages: 'on demand' });
const SCREEN = { width: 1280, height: 800 };
const open = (extra = {}) => kiosk.openPage({ viewport: SCREEN, ...extra });
const DAY_MS = 24 * 3600_000;

const header = (p: Page) => p.getByTestId('room-name').textContent();

/** The code the wizard has written down for a reload (renderer/features/setup/setup-draft.ts). */
function keptCode(p: Page): Promise<string | null> {
  return p.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const req = indexedDB.open('kiosk-content');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const get = db
            .transaction('content', 'readonly')
            .objectStore('content')
            .get('local:setupDraft');
          get.onsuccess = () => {
            db.close();
            const row = get.result as { value?: { code?: string } } | undefined;
            resolve(row?.value?.code ?? null);
          };
        };
      }),
  );
}

/** Next is on screen and nothing covers it: a tap at its centre lands on it. */
async function nextIsInView(p: Page): Promise<boolean> {
  const next = p.getByTestId('setup-next');
  const box = await next.boundingBox();
  if (box === null) return false;
  const inside =
    box.y >= 0 && box.y + box.height <= SCREEN.height && box.x + box.width <= SCREEN.width;
  const hit = await next.evaluate(
    (button, { x, y }) => {
      const at = document.elementFromPoint(x, y);
      return at !== null && button.contains(at);
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  return inside && hit;
}

describe('the first-run wizard, as a first-time technician meets it', () => {
  it('says "尚未设置" in the header until the room is confirmed, never the demo room', async () => {
    const p = await open();
    const { code } = seedTianlin(kiosk.hub);
    await p.goto(kiosk.url);
    await step(p, 'hub');
    await expect.poll(() => header(p)).toBe('尚未设置');
    await wizardToRoom(p, kiosk.url, { code, pin: '' });
    // The confirm step: the real room in the card, and still no room in the header.
    expect(await p.getByTestId('enrolled-room').textContent()).toBe('田林街道公共法律服务客厅');
    expect(await header(p)).toBe('尚未设置');
    expect(await header(p)).not.toContain('徐家汇');
    await p.getByTestId('label-suggest-frontLeft').click();
    await p.getByTestId('setup-next').click();
    await step(p, 'pin');
    await expect.poll(() => header(p)).toContain('田林街道公共法律服务客厅');
  });

  it('keeps Next in view on the hub, code and room steps, in both languages and large text', async () => {
    const p = await open();
    const { code } = seedSite(kiosk.hub);
    await p.goto(kiosk.url);
    for (const language of ['zh', 'en'] as const) {
      await step(p, 'hub');
      await p.getByTestId(`setup-lang-${language}`).click();
      expect(await nextIsInView(p)).toBe(true);
      await p.getByTestId('setup-next').click();
      await step(p, 'code');
      for (const c of code) await p.getByTestId(`code-key-${c}`).click();
      expect(await nextIsInView(p)).toBe(true);
      await p.getByTestId('setup-next').click();
      await p.getByTestId('enrolled-room').waitFor();
      expect(await nextIsInView(p)).toBe(true);
      // Back to the start for the other language, the code cleared.
      await p.getByTestId('setup-back').click();
      await p.getByTestId('code-key-clear').click();
      await p.getByTestId('setup-back').click();
    }
    await p.getByTestId('large-text').click();
    await step(p, 'hub');
    expect(await nextIsInView(p)).toBe(true);
  });

  it('an expired or used code offers "Enter another code" beside "Try again", keeping the code', async () => {
    const p = await open();
    const { siteId } = seedSite(kiosk.hub);
    const expired = issueCode(kiosk.hub.db, siteId, 1, kiosk.hub.clock.ms).code;
    kiosk.hub.clock.ms += 2;
    const used = issueCode(kiosk.hub.db, siteId, DAY_MS, kiosk.hub.clock.ms).code;
    await enroll(kiosk.hub, used);
    await p.goto(kiosk.url);
    await step(p, 'hub');
    await p.getByTestId('setup-lang-en').click();
    await p.getByTestId('setup-next').click();
    for (const [code, words] of [
      [expired, 'This code has expired'],
      [used, 'This code has already been used'],
    ] as const) {
      await step(p, 'code');
      await p.getByTestId('setup-code').fill(code);
      await p.getByTestId('setup-next').click();
      await p.getByTestId('enroll-error').waitFor();
      expect(await p.getByTestId('enroll-error').textContent()).toContain(words);
      expect(await p.getByTestId('room-retry').isVisible()).toBe(true);
      await p.getByTestId('enroll-another-code').click();
      await step(p, 'code');
      expect(await p.getByTestId('setup-code').inputValue()).toBe(code);
      expect(await p.getByTestId('code-refused').textContent()).toContain(words);
      // The field has the focus: a keyboard can correct it at once.
      expect(
        await p.getByTestId('setup-code').evaluate((el) => el === document.activeElement),
      ).toBe(true);
      await p.getByTestId('code-key-clear').click();
    }
  });

  it('a reload keeps the typed hub, code, step and language, and the language carries to Home', async () => {
    const p = await open();
    const { code } = seedSite(kiosk.hub);
    await p.goto(kiosk.url);
    await step(p, 'hub');
    await p.getByTestId('setup-lang-en').click();
    // Typed with a trailing slash, as technicians do: kept exactly as typed.
    const typedHub = `${new URL(kiosk.url).origin}/`;
    await p.getByTestId('setup-hub-url').fill(typedHub);
    await p.getByTestId('setup-next').click();
    await step(p, 'code');
    for (const c of code) await p.getByTestId(`code-key-${c}`).click();
    // Written as it is typed; the reload comes once the last key is down on disk.
    await expect.poll(() => keptCode(p)).toBe(code);

    await p.reload();
    await step(p, 'code');
    expect(await p.getByTestId('setup-code').inputValue()).toBe(code);
    expect(await p.getByTestId('setup-code-hub').textContent()).toContain(typedHub);
    expect(await p.getByTestId('setup-progress').textContent()).toContain('Step 2 of 6');

    await p.getByTestId('setup-next').click();
    await p.getByTestId('enrolled-room').waitFor();
    await p.getByTestId('label-suggest-waiting').click();
    await p.getByTestId('setup-next').click();
    await choosePin(p, '864213');
    await p.getByTestId('settings-received').waitFor();
    await p.getByTestId('setup-next').click();
    // Home, in English, without a reload.
    await p.getByTestId('prompt-contract').waitFor();
    expect(await p.locator('h1').first().textContent()).toBe(
      'A legal question? Come and sit with us',
    );
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('names the kiosk: the label reaches the hub’s device list; the whole wizard takes 27 taps', async () => {
    const p = await open();
    const { code, siteId } = seedTianlin(kiosk.hub);
    const taps = await runWizard(p, kiosk.url, {
      code,
      language: 'en',
      label: 'frontRight',
      pin: '135790',
    });
    // Language 1, Next 1, the code 9, Next 1, the label 1, "yes" 1, the PIN 12, Finish 1.
    // Before issue 16: 30 (a language step, a Next after the connection test, two PIN Nexts).
    expect(taps).toBe(27);
    const deviceId = (
      kiosk.hub.db
        .prepare('SELECT used_by FROM enrollment_codes WHERE code = ?')
        .get(code.replace('-', '')) as { used_by: string }
    ).used_by;
    const listed = hubCli(kiosk.hub.dataDir, ['device', 'list']).out.split('\n');
    expect(listed[0]).toMatch(/^device\s+site\s+label\s+enrolled \(Asia\/Shanghai\)\s+state$/);
    const row = listed.find((line) => line.startsWith(deviceId));
    expect(row).toMatch(
      new RegExp(
        `\\s+${siteId}\\s+Front desk, right\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+active`,
      ),
    );
  });

  it('a wrong port in the browser build is said to be refused by the page, not the network', async () => {
    const p = await open();
    await p.goto(kiosk.url);
    await step(p, 'hub');
    await p.getByTestId('setup-lang-en').click();
    // The hub itself, straight: another origin than the page's, which its policy refuses.
    await p.getByTestId('setup-hub-url').fill(kiosk.hub.url);
    await p.getByTestId('setup-next').click();
    await p.getByTestId('setup-code').fill('ABCD-EFGH');
    await p.getByTestId('setup-next').click();
    await p.getByTestId('connection-error').waitFor();
    const said = await p.getByTestId('connection-error').textContent();
    expect(said).toContain("This page's own security policy refused");
    expect(said).not.toContain('cable or Wi-Fi');
    expect(await p.getByTestId('blocked-hint').textContent()).toContain(
      `use ${new URL(kiosk.url).origin} as the hub address`,
    );
  });

  it('has no serious accessibility violations on the first step and the room step', async () => {
    const p = await open({ bypassCSP: true });
    const { code } = seedSite(kiosk.hub);
    await p.goto(kiosk.url);
    await step(p, 'hub');
    expect(await seriousA11yViolations(p)).toEqual([]);
    await wizardToRoom(p, kiosk.url, { code, pin: '' });
    expect(await seriousA11yViolations(p)).toEqual([]);
  });
});
