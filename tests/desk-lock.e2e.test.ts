import { describe, expect, it } from 'vitest';
import { openHome } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';

/**
 * Unlocking the front desk in real Chromium: wrong PINs count down, the fifth locks that volunteer
 * for five minutes (and a reload does not undo it) while the others can still open the desk, and a
 * right PIN in time resets the count.
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
    locked: /^张志愿者.*的密码错了太多次，已锁定。请 (4 分 5\d|5 分 0) 秒后再试/,
    ask: /其他值班人员可以照常进入。.*街道司法所/,
  },
  en: {
    wrong: (n: number) => `Wrong PIN. ${n} tries left.`,
    locked: /^Too many wrong PINs for 张志愿者.*: locked\. Try again in (4 min 5\d|5 min 0) s/,
    ask: /Other volunteers can still open the desk\..*justice office/,
  },
} as const;

describe('unlocking the desk', () => {
  it.each(['zh-CN', 'en'] as const)(
    '%s: five wrong PINs lock that volunteer for five minutes, even across a reload, and say whom to ask',
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

      expect(await kiosk.page.getByTestId('pin-locked-ask').textContent()).toMatch(
        MESSAGES[locale].ask,
      );

      // A reload keeps the lockout (it is stored, not just on screen)...
      await kiosk.page.reload();
      await kiosk.page.getByTestId('staff-entry').click();
      await kiosk.page.getByTestId('volunteer-demo-zhang').click();
      await kiosk.page.getByTestId('pin-locked').waitFor();
      for (const d of '2468') await kiosk.page.getByTestId(`pad-${d}`).click();
      expect(await kiosk.page.getByTestId('pin-submit').isDisabled()).toBe(true);
      // ...for that volunteer only: the next one opens the desk as usual.
      await kiosk.page.getByTestId('volunteer-demo-li').click();
      expect(await kiosk.page.getByTestId('pin-locked').count()).toBe(0);
      await typePin('1357');
      await kiosk.page.getByTestId('desk-volunteer').waitFor();
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
