import { describe, expect, it } from 'vitest';
import { openHome } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';

/**
 * Unlocking the front desk in real Chromium: wrong PINs count down, the fifth locks the desk for
 * five minutes (and a reload does not undo it), and a right PIN in time resets the count.
 */

const kiosk = useKioskBrowser();

async function openLock(locale: 'zh-CN' | 'en', volunteer = 'demo-zhang') {
  await openHome(kiosk.page, kiosk.url);
  if (locale === 'en') await kiosk.page.getByTestId('language-switch').click();
  await kiosk.page.getByTestId('staff-entry').click();
  await kiosk.page.getByTestId(`volunteer-${volunteer}`).click();
}

async function typePin(pin: string) {
  for (const d of pin) await kiosk.page.getByTestId(`pad-${d}`).click();
  await kiosk.page.getByTestId('pin-submit').click();
}

const MESSAGES = {
  'zh-CN': {
    wrong: (n: number) => `密码不对。还可以试 ${n} 次。`,
    locked: /已锁定。请 (4 分 5\d|5 分 0) 秒后再试/,
  },
  en: {
    wrong: (n: number) => `Wrong PIN. ${n} tries left.`,
    locked: /locked\. Try again in (4 min 5\d|5 min 0) s/,
  },
} as const;

describe('unlocking the desk', () => {
  it.each(['zh-CN', 'en'] as const)(
    '%s: five wrong PINs lock the desk for five minutes, even across a reload',
    async (locale) => {
      await openLock(locale);
      for (let left = 4; left >= 1; left--) {
        await typePin('1111');
        await expect
          .poll(() => kiosk.page.getByTestId('pin-error').textContent())
          .toBe(MESSAGES[locale].wrong(left));
        // The PIN is cleared and never shown: only dots while typing.
        expect(await kiosk.page.getByTestId('pin-display').textContent()).not.toContain('1');
      }
      await typePin('1111');
      await expect
        .poll(() => kiosk.page.getByTestId('pin-locked').textContent())
        .toMatch(MESSAGES[locale].locked);

      // Locked: even the right PIN cannot be tried.
      for (const d of '2468') await kiosk.page.getByTestId(`pad-${d}`).click();
      expect(await kiosk.page.getByTestId('pin-submit').isDisabled()).toBe(true);

      // A reload keeps the lockout (it is stored, not just on screen).
      await kiosk.page.reload();
      await kiosk.page.getByTestId('staff-entry').click();
      await kiosk.page.getByTestId('pin-locked').waitFor();
      await kiosk.page.getByTestId('volunteer-demo-li').click();
      for (const d of '1357') await kiosk.page.getByTestId(`pad-${d}`).click();
      expect(await kiosk.page.getByTestId('pin-submit').isDisabled()).toBe(true);
      expect(await kiosk.page.getByTestId('desk-volunteer').count()).toBe(0);
    },
  );

  it('the lockout ends after five minutes, and a right PIN resets the count', async () => {
    await kiosk.page.clock.install();
    await openLock('zh-CN');
    for (let i = 0; i < 5; i++) await typePin('9999');
    await kiosk.page.getByTestId('pin-locked').waitFor();
    await kiosk.page.clock.fastForward('05:01');
    await expect.poll(() => kiosk.page.getByTestId('pin-locked').count()).toBe(0);
    await typePin('9999');
    await expect
      .poll(() => kiosk.page.getByTestId('pin-error').textContent())
      .toBe(MESSAGES['zh-CN'].wrong(4));
    await typePin('2468');
    await kiosk.page.getByTestId('desk-volunteer').waitFor();
    // After a success the count starts again from five.
    await kiosk.page.getByTestId('desk-lock').click();
    await kiosk.page.getByTestId('volunteer-demo-zhang').click();
    await typePin('9999');
    await expect
      .poll(() => kiosk.page.getByTestId('pin-error').textContent())
      .toBe(MESSAGES['zh-CN'].wrong(4));
  });

  it('locks itself after a few idle minutes, with a warning first, and goes back to Home', async () => {
    await kiosk.page.clock.install();
    await openLock('en');
    await typePin('2468');
    await kiosk.page.getByTestId('desk-volunteer').waitFor();
    await kiosk.page.clock.fastForward('02:50');
    expect(await kiosk.page.getByTestId('desk-idle-warning').count()).toBe(0);
    await kiosk.page.clock.fastForward('00:15');
    await kiosk.page.getByTestId('desk-idle-warning').waitFor();
    await kiosk.page.clock.fastForward('00:31');
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await kiosk.page.getByTestId('staff-entry').click();
    await kiosk.page.getByTestId('volunteer-demo-zhang').waitFor();
    expect(await kiosk.page.getByTestId('desk-volunteer').count()).toBe(0);
  });

  it('refuses a PIN shorter than four digits without counting it', async () => {
    await openLock('en', 'demo-li');
    for (const d of '135') await kiosk.page.getByTestId(`pad-${d}`).click();
    expect(await kiosk.page.getByTestId('pin-submit').isDisabled()).toBe(true);
    await kiosk.page.getByTestId('pad-7').click();
    await kiosk.page.getByTestId('pin-submit').click();
    await kiosk.page.getByTestId('desk-volunteer').waitFor();
    expect(await kiosk.page.getByTestId('desk-volunteer').textContent()).toContain('李志愿者');
  });
});
