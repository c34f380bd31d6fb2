import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './e2e/browser';
import { openHome, takeTicket } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';

/**
 * The desk's group-session schedule (联合咨询安排) in real Chromium on the built kiosk: two
 * residents' matters routed to two teams each, one with a session later this morning's past hour
 * (flagged: time passed, not closed) and one tomorrow afternoon; the list shows them by day, today
 * first, with time, ticket, teams and status, and opens the case on a tap. In Chinese and English.
 * The page's clock starts at 10:00 today, so "passed" does not depend on when the suite runs.
 */

const kiosk = useKioskBrowser({ pages: 'on demand' });

/**
 * A fresh page whose clock starts at 10:00 today. `bypassCSP` lets axe-core be injected; the
 * Chinese run keeps the real CSP.
 */
async function openPage(bypassCSP: boolean): Promise<void> {
  await kiosk.openPage({ bypassCSP });
  const tenToday = new Date();
  tenToday.setHours(10, 0, 0, 0);
  await kiosk.page.clock.install({ time: tenToday });
}

/** YYYY-MM-DD in the page's clock, `plusDays` on. */
function pageDay(plusDays = 0): Promise<string> {
  return kiosk.page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, plusDays);
}

/** Call the next ticket, register it and route it to mediation + lawyer with a session. */
async function routeJoint(ticket: string, date: string, time: string): Promise<void> {
  await kiosk.page.getByTestId('desk-tab-queue').click();
  await kiosk.page.getByTestId('call-next').click();
  await kiosk.page.getByTestId(`register-${ticket}`).click();
  await kiosk.page.getByTestId('register-matter').fill('邻里纠纷，涉及赔偿');
  await kiosk.page.getByTestId('register-category-mediation').click();
  await kiosk.page.getByTestId('register-save').click();
  await kiosk.page.getByTestId('outcome-route').click();
  await kiosk.page.getByTestId('route-team-lawyer').click();
  await kiosk.page.getByTestId('route-sessionDate').fill(date);
  await kiosk.page.getByTestId('route-sessionTime').fill(time);
  await kiosk.page.getByTestId('route-save').click();
  await kiosk.page.getByTestId('case-session').waitFor();
}

const WORDS = {
  'zh-CN': {
    empty: '还没有安排联合咨询。把事项转给两个或更多团队时，可以约定一起会诊的时间。',
    title: '联合咨询安排',
    today: /^今天 /,
    tomorrow: /^明天 /,
    status: '等待团队办理',
    passed: '时间已过，还没有结案',
    teams: /人民调解.*律师/,
  },
  en: {
    empty:
      'No group sessions are planned. When you route a case to two or more teams, you can set a time for them to meet.',
    title: 'Group sessions',
    today: /^Today, /,
    tomorrow: /^Tomorrow, /,
    status: 'Waiting for teams',
    passed: 'Time has passed, case not closed',
    teams: /Mediation.*Lawyer/i,
  },
} as const;

describe('the group-session schedule', () => {
  it.each(['zh-CN', 'en'] as const)(
    '%s: routed joint consultations appear by day, today first, and open their case',
    async (locale) => {
      const words = WORDS[locale];
      await openPage(locale === 'en');
      await openHome(kiosk.page, kiosk.url);
      if (locale === 'en') await kiosk.page.getByTestId('language-switch').click();
      await takeTicket(kiosk.page);
      await takeTicket(kiosk.page);

      await kiosk.page.getByTestId('staff-entry').click();
      await kiosk.page.getByTestId('volunteer-demo-zhang').click();
      for (const d of '2468') await kiosk.page.getByTestId(`pad-${d}`).click();
      await kiosk.page.getByTestId('pin-submit').click();
      await kiosk.page.getByTestId('desk-volunteer').waitFor();

      // Nothing planned yet: the list says so, and how to plan one.
      await kiosk.page.getByTestId('desk-tab-lists').click();
      await kiosk.page.getByTestId('list-groupSessions').click();
      expect(await kiosk.page.getByTestId('sessions-empty').textContent()).toBe(words.empty);
      expect(await kiosk.page.getByTestId('list-groupSessions').textContent()).toBe(
        `${words.title} (0)`,
      );

      const today = await pageDay();
      const tomorrow = await pageDay(1);
      await routeJoint('A-001', tomorrow, '14:30');
      await routeJoint('A-002', today, '09:00');

      await kiosk.page.getByTestId('desk-tab-lists').click();
      await kiosk.page.getByTestId('list-groupSessions').click();
      await kiosk.page.getByTestId('sessions').waitFor();
      expect(await kiosk.page.getByTestId('list-groupSessions').textContent()).toBe(
        `${words.title} (2)`,
      );
      // Grouped by day, today first; each day's heading in words.
      const days = kiosk.page.locator('[data-testid^="sessions-day-"]');
      expect(
        await days.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
      ).toEqual([`sessions-day-${today}`, `sessions-day-${tomorrow}`]);
      expect(await days.nth(0).locator('h2').textContent()).toMatch(words.today);
      expect(await days.nth(1).locator('h2').textContent()).toMatch(words.tomorrow);

      // Today's 09:00 has passed (it is 10:00) and the case is open: flagged in words.
      const early = kiosk.page.getByTestId('session-A-002');
      const earlyText = (await early.textContent()) ?? '';
      expect(earlyText).toContain('09:00');
      expect(earlyText).toContain(words.passed);
      const later = kiosk.page.getByTestId('session-A-001');
      const laterText = (await later.textContent()) ?? '';
      expect(laterText).toContain('14:30');
      expect(laterText).toContain(words.status);
      expect(laterText).toMatch(words.teams);
      expect(laterText).not.toContain(words.passed);
      // A big target: at least the kiosk's minimum touch size.
      expect((await later.boundingBox())?.height).toBeGreaterThanOrEqual(56);
      if (locale === 'en') expect(await seriousA11yViolations(kiosk.page)).toEqual([]);

      await later.click();
      await expect
        .poll(() => kiosk.page.getByTestId('case-session').textContent())
        .toContain('14:30');
      expect(await kiosk.page.getByTestId('case-status').textContent()).toBe(words.status);
    },
  );
});
