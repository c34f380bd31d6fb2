import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedSite } from '../server/testing/test-hub';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { runWizard } from './e2e/setup-wizard';

/**
 * Technician mode's cards on the screens kiosks have: every value readable inside its card, the
 * kiosk's name shown, and errors said in words (issue 16). Real Chromium, a real hub.
 */
const kiosk = useKioskBrowser({ hub: true, server: { provisioned: false }, pages: 'on demand' });
const PIN = '246813';
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

async function openTechnicianMode(p: Page) {
  await p.keyboard.press('Control+Alt+KeyT');
  for (const d of PIN) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('technician-pin-submit').click();
  await p.getByTestId('technician-panel').waitFor();
}

/**
 * Each value of each card: its text, whether it is visible, and whether all of it lies inside
 * its card (nothing clipped or running past the border).
 */
function cardValues(p: Page) {
  return p.locator('.tech-card dd').evaluateAll((dds) =>
    dds.map((dd) => {
      const card = dd.closest('.tech-card')!.getBoundingClientRect();
      const box = dd.getBoundingClientRect();
      return {
        text: dd.textContent?.trim() ?? '',
        visible: box.width > 0 && box.height > 0,
        inside:
          box.left >= card.left - 0.5 &&
          box.right <= card.right + 0.5 &&
          dd.scrollWidth <= dd.clientWidth + 1,
      };
    }),
  );
}

describe('technician mode on kiosk screens', () => {
  it('shows every value inside its card at 1280×800, 1920×1080 and 1080×1920, with the kiosk’s name', async () => {
    const p = await kiosk.openPage({ viewport: SCREENS[0] });
    const { code } = seedSite(kiosk.hub);
    await runWizard(p, kiosk.url, { code, language: 'en', label: 'entrance', pin: PIN });
    await openTechnicianMode(p);
    await expect.poll(() => p.getByTestId('tech-hub-reachable').textContent()).toContain('Yes');
    expect(await p.getByTestId('tech-device-label').textContent()).toBe('Entrance');
    await expect.poll(() => p.getByTestId('tech-app-version').textContent()).toMatch(/\d/);

    for (const screen of SCREENS) {
      await p.setViewportSize(screen);
      const values = await cardValues(p);
      expect(values.length).toBeGreaterThan(20);
      for (const value of values) {
        expect(value, JSON.stringify(value)).toMatchObject({ visible: true, inside: true });
        expect(value.text).not.toBe('');
      }
      // The long ones in full: the hub address and the device id.
      const deviceId = await p.getByTestId('tech-device-id').textContent();
      expect(deviceId).toMatch(/^dev_[a-z2-7]{16}$/);
      expect(await p.getByTestId('tech-hub-url').textContent()).toBe(new URL(kiosk.url).origin);
    }
  });

  it('says errors in words, with the code beside them', async () => {
    const p = await kiosk.openPage({ viewport: SCREENS[0] });
    const { code } = seedSite(kiosk.hub);
    await runWizard(p, kiosk.url, { code, language: 'en', pin: PIN });
    await openTechnicianMode(p);
    // The browser build has no printer: the test print fails.
    await p.getByTestId('technician-test-print').click();
    expect(await p.getByTestId('technician-print-result').textContent()).toBe(
      'The test print failed: No receipt printer is set up or reachable. no_printer',
    );
    // The list is read again every two seconds.
    await expect
      .poll(() => p.getByTestId('tech-error').first().textContent(), { timeout: 10_000 })
      .toContain('Printing: No receipt printer is set up or reachable. print:no_printer');

    // The hub stops answering: the next sync's error in words, not `hub_unreachable`.
    await kiosk.hub.app.close();
    await p.getByTestId('technician-sync-now').click();
    await p.locator('[data-testid="technician-sync-result"][data-result="failed"]').waitFor();
    expect(await p.getByTestId('technician-sync-result').textContent()).toContain(
      'The hub cannot be reached from here. hub_unreachable',
    );
    expect(await p.getByTestId('tech-last-error').textContent()).toContain(
      'The hub cannot be reached from here.',
    );
  });
});
