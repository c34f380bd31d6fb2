import { describe, expect, it } from 'vitest';
import { seedAccount } from '../server/console/testing/console-client';
import { seriousA11yViolations } from './e2e/browser';
import { useConsoleHub } from './e2e/console-hub';
import { syncedAll } from './e2e/desk-page';

/**
 * 解忧法空间 end to end (issue 12), in real Chromium against a real hub process (build first): a
 * resident writes a suggestion at the kiosk and reads what will happen to it; it syncs; the
 * street office reads it in the console, tags it and answers it on the notice board; after the
 * next sync the kiosk's Home shows the answer. Axe on the console screen, zh and en.
 */
const world = useConsoleHub('suggest-e2e', async (db) => {
  await seedAccount(db, 'jiedao', 'street-office', { street: 'xujiahui' });
  await seedAccount(db, 'tianping', 'street-office', { street: 'tianping' });
});
const { kiosk, consoleAs } = world;

const SUGGESTION = '希望客厅周六上午也能开放，上班族平时来不了';
const REPLY = '从下月起，每周六上午 9:00-12:00 开放，欢迎来坐坐。';

describe('the suggestion box, kiosk to console and back', () => {
  it('a suggestion written on the kiosk is read and answered in the console, and the answer shows on the kiosk', async () => {
    const k = kiosk.page;
    await k.goto(kiosk.url);
    await k.getByTestId('suggestion-entry').click();
    expect(await k.getByTestId('suggestion-what-happens').textContent()).toContain('5 个工作日');
    await k.getByTestId('suggestion-text').fill(SUGGESTION);
    await k.getByTestId('suggestion-submit').click();
    await k.getByTestId('suggestion-thanks').waitFor();
    await k.getByTestId('suggestion-done').click();
    await syncedAll(k);

    // Another street's office does not see it.
    const other = await consoleAs('tianping');
    await other.getByTestId('nav-suggestions').click();
    await other.getByText('没有符合条件的意见').waitFor();

    const page = await consoleAs('jiedao');
    await page.getByTestId('nav-suggestions').click();
    await expect
      .poll(() => page.getByTestId('suggestions-table').textContent(), { timeout: 20_000 })
      .toContain(SUGGESTION);
    expect(await page.getByTestId('suggestion-counts').textContent()).toContain('未归类: 1');
    await page.getByTestId('suggestion-open-0').click();
    await page.getByTestId('suggestion-topic').selectOption('openingHours');
    await page.getByTestId('suggestion-reply').fill(REPLY);
    await page.getByTestId('suggestion-public').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('suggestion-close').click();
    await expect
      .poll(() => page.getByTestId('suggestions-table').textContent())
      .toContain('已办结');
    expect(await page.getByTestId('suggestion-counts').textContent()).toContain('开放时间: 1');

    await syncedAll(k);
    await expect
      .poll(() => k.getByTestId('suggestion-replies').textContent(), { timeout: 30_000 })
      .toContain(REPLY);
    expect(await k.getByTestId('suggestion-replies').textContent()).not.toContain(SUGGESTION);
  });

  it('the console screen in English passes axe, and the kiosk says in English what happens', async () => {
    const page = await consoleAs('jiedao');
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-suggestions').click();
    await page.getByTestId('suggestions-table').waitFor();
    await page.getByTestId('suggestion-open-0').click();
    await page.getByTestId('suggestion-form').waitFor();
    expect(await page.getByTestId('suggestion-form').textContent()).toContain('notice board');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const k = kiosk.page;
    await k.goto(kiosk.url);
    await k.getByTestId('language-switch').click();
    await k.getByTestId('suggestion-entry').click();
    expect(await k.getByTestId('suggestion-what-happens').textContent()).toContain(
      '5 working days',
    );
  });
});
