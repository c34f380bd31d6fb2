import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rowCounts, seedSite } from '../server/testing/test-hub';
import { addVolunteer } from '../server/store/volunteers';
import { hashPin } from '../shared/desk/pin';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { startKioskServer } from './e2e/kiosk-server';
import { wizardStep as step, wizardToRoom } from './e2e/setup-wizard';

/**
 * The first-run wizard in real Chromium against a real hub (SQLite file, HTTP on loopback),
 * reached through the kiosk's own /api proxy exactly as the browser build runs it.
 */
const kiosk = useKioskBrowser({ hub: true, server: { provisioned: false } });

const ROOM = '徐家汇街道公共法律服务客厅';

/** Language, hub address (prefilled), the code on the on-screen keyboard, up to the room. */
function upToRoom(p: Page, url: string, code: string, language: 'zh' | 'en') {
  return wizardToRoom(p, url, { code, language, pin: '' });
}

/** The code's row at the hub: `used_at` stays null until a kiosk spends it. */
function codeRow(code: string) {
  return kiosk.hub.db
    .prepare('SELECT used_at, used_by FROM enrollment_codes WHERE code = ?')
    .get(code.replace('-', '')) as { used_at: number | null; used_by: string | null };
}

/** Six digits: the sixth moves on by itself. */
async function typePin(p: Page, pin: string) {
  for (const d of pin) await p.getByTestId(`pad-${d}`).click();
}

describe('first-run wizard', () => {
  it('takes an empty kiosk to Home showing the real room', async () => {
    const { code, siteId } = seedSite(kiosk.hub);
    const pin = await hashPin('2468');
    addVolunteer(kiosk.hub.db, siteId, { id: 'wang-fang', name: '王芳', pin }, kiosk.hub.clock.ms);
    const devicesBefore = rowCounts(kiosk.hub.db).devices ?? 0;
    await upToRoom(kiosk.page, kiosk.url, code, 'zh');
    expect(await kiosk.page.getByTestId('setup-progress').textContent()).toContain(
      '第 4 步，共 6 步',
    );

    // The room the code belongs to, before anything is spent.
    expect(await kiosk.page.getByTestId('enrolled-site').textContent()).toContain('徐家汇街道');
    expect(await kiosk.page.getByTestId('enrolled-room').textContent()).toBe(ROOM);
    expect(rowCounts(kiosk.hub.db).devices).toBe(devicesBefore);
    expect(codeRow(code)).toMatchObject({ used_at: null });
    // "Yes" waits for the kiosk's name.
    expect(await kiosk.page.getByTestId('setup-next').isDisabled()).toBe(true);
    await kiosk.page.getByTestId('setup-label').fill('前台左');
    await kiosk.page.getByTestId('setup-next').click();

    await step(kiosk.page, 'pin');
    expect(rowCounts(kiosk.hub.db).devices).toBe(devicesBefore + 1);
    expect(codeRow(code)).not.toMatchObject({ used_at: null });
    await typePin(kiosk.page, '135792');
    await typePin(kiosk.page, '135791');
    expect(await kiosk.page.getByTestId('setup-pin-mismatch').isVisible()).toBe(true);
    await typePin(kiosk.page, '135792');
    await typePin(kiosk.page, '135792');

    await step(kiosk.page, 'settings');
    await kiosk.page.getByTestId('settings-received').waitFor();
    expect(await kiosk.page.getByTestId('settings-received').textContent()).toContain(ROOM);
    // The roster came with the settings: one volunteer (never their PIN or name on this screen).
    expect(await kiosk.page.getByTestId('settings-volunteers').textContent()).toContain('1 位');
    await kiosk.page.getByTestId('setup-next').click();

    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await expect.poll(() => kiosk.page.getByTestId('room-name').textContent()).toContain(ROOM);

    // Set up for good: a restart lands on Home, not in the wizard.
    await kiosk.page.reload();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await expect.poll(() => kiosk.page.getByTestId('room-name').textContent()).toContain(ROOM);
    expect(await kiosk.page.getByTestId('setup-wizard').count()).toBe(0);
  });

  it('"not our room" goes back to the code unspent, and the same code then enrolls', async () => {
    const { code } = seedSite(kiosk.hub);
    const devicesBefore = rowCounts(kiosk.hub.db).devices ?? 0;
    await upToRoom(kiosk.page, kiosk.url, code, 'en');
    expect(await kiosk.page.getByText('The code is only used when you say yes').count()).toBe(1);
    await kiosk.page.getByTestId('enroll-wrong-room').click();

    await step(kiosk.page, 'code');
    expect(await kiosk.page.getByTestId('code-returned').textContent()).toContain('was not used');
    expect(await kiosk.page.getByTestId('setup-code').inputValue()).toBe('');
    expect(codeRow(code)).toEqual({ used_at: null, used_by: null });
    expect(rowCounts(kiosk.hub.db).devices).toBe(devicesBefore);

    // It was our room after all: the same code, typed again, still enrolls.
    for (const c of code) await kiosk.page.getByTestId(`code-key-${c}`).click();
    expect(await kiosk.page.getByTestId('code-returned').count()).toBe(0);
    await kiosk.page.getByTestId('setup-next').click();
    await kiosk.page.getByTestId('enrolled-room').waitFor();
    await kiosk.page.getByTestId('label-suggest-entrance').click();
    await kiosk.page.getByTestId('setup-next').click();
    await step(kiosk.page, 'pin');
    expect(rowCounts(kiosk.hub.db).devices).toBe(devicesBefore + 1);
    const deviceId = codeRow(code).used_by;
    expect(deviceId).toMatch(/^dev_/);
  });

  it('every later step has Back, and the typed hub address is checked', async () => {
    await kiosk.page.goto(kiosk.url);
    await step(kiosk.page, 'hub');
    // The first step: nothing to go back to.
    expect(await kiosk.page.getByTestId('setup-back').count()).toBe(0);
    await kiosk.page.getByTestId('setup-lang-en').click();
    expect(await kiosk.page.getByTestId('setup-hub-url').inputValue()).toBe(
      new URL(kiosk.url).origin,
    );
    await kiosk.page.getByTestId('setup-hub-url').fill('hub.example.cn');
    expect(await kiosk.page.getByTestId('setup-next').isDisabled()).toBe(true);
    expect(await kiosk.page.getByRole('alert').textContent()).toContain('not a web address');
    await kiosk.page.getByTestId('setup-hub-url').fill(new URL(kiosk.url).origin);
    await kiosk.page.getByTestId('setup-next').click();
    await step(kiosk.page, 'code');
    await kiosk.page.getByTestId('setup-back').click();
    await step(kiosk.page, 'hub');
  });

  it('a wrong code says so in plain words, enrolls nothing, and can be corrected', async () => {
    const { code } = seedSite(kiosk.hub);
    const devicesBefore = rowCounts(kiosk.hub.db).devices ?? 0;
    // One character off: the last one.
    const typo = code.slice(0, -1) + (code.endsWith('Z') ? 'Y' : 'Z');
    await kiosk.page.goto(kiosk.url);
    await step(kiosk.page, 'hub');
    await kiosk.page.getByTestId('setup-lang-en').click();
    await kiosk.page.getByTestId('setup-next').click();
    for (const c of typo) await kiosk.page.getByTestId(`code-key-${c}`).click();
    await kiosk.page.getByTestId('setup-next').click();
    await step(kiosk.page, 'enroll');
    await kiosk.page.getByTestId('enroll-error').waitFor();
    expect(await kiosk.page.getByTestId('enroll-error').textContent()).toContain(
      'The hub does not know this code',
    );
    expect(await kiosk.page.getByTestId('setup-next').count()).toBe(0);
    expect(await kiosk.page.getByTestId('room-retry').textContent()).toBe('Try again');
    expect(rowCounts(kiosk.hub.db).devices).toBe(devicesBefore);

    // "Enter another code": back to the code as typed, saying why, to fix the one character.
    await kiosk.page.getByTestId('enroll-another-code').click();
    await step(kiosk.page, 'code');
    expect(await kiosk.page.getByTestId('setup-code').inputValue()).toBe(typo);
    expect(await kiosk.page.getByTestId('code-refused').textContent()).toContain(
      'does not know this code',
    );
    await kiosk.page.getByTestId('code-key-delete').click();
    await kiosk.page.getByTestId(`code-key-${code.at(-1)}`).click();
    expect(await kiosk.page.getByTestId('code-refused').count()).toBe(0);
    await kiosk.page.getByTestId('setup-next').click();
    await kiosk.page.getByTestId('enrolled-room').waitFor();
    expect(codeRow(code)).toMatchObject({ used_at: null });
  });

  it('an unreachable hub and a wrong address are told apart', async () => {
    const offline = await startKioskServer({ hubOrigin: 'http://127.0.0.1:9', provisioned: false });
    try {
      await kiosk.page.goto(offline.url);
      await step(kiosk.page, 'hub');
      await kiosk.page.getByTestId('setup-lang-en').click();
      await kiosk.page.getByTestId('setup-next').click();
      for (const c of 'ABCD-EFGH') await kiosk.page.getByTestId(`code-key-${c}`).click();
      await kiosk.page.getByTestId('setup-next').click();
      await kiosk.page.getByTestId('connection-error').waitFor();
      expect(await kiosk.page.getByTestId('connection-error').textContent()).toContain(
        'The hub cannot be reached',
      );
      // No way on but "Try again" (or back): the step moves on by itself once the hub answers.
      expect(await kiosk.page.getByTestId('setup-next').count()).toBe(0);
      expect(await kiosk.page.getByTestId('connection-retry').isVisible()).toBe(true);

      // Something answers at this address, but it is the kiosk's own page, not a hub.
      await kiosk.page.getByTestId('setup-back').click();
      await kiosk.page.getByTestId('setup-back').click();
      await step(kiosk.page, 'hub');
      await kiosk.page
        .getByTestId('setup-hub-url')
        .fill(new URL(offline.url).origin + '/not-the-hub');
      await kiosk.page.getByTestId('setup-next').click();
      await kiosk.page.getByTestId('setup-next').click();
      await kiosk.page.getByTestId('connection-error').waitFor();
      expect(await kiosk.page.getByTestId('connection-error').textContent()).toContain(
        'it is not the hub',
      );
    } finally {
      await offline.close();
    }
  });
});
