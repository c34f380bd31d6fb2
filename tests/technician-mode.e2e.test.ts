import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedSite, seedTianlin } from '../server/testing/test-hub';
import { normaliseCode } from '../server/store/codes';
import {
  agreeToConsent,
  answerAllFirstOptions,
  storedCounts,
  storedRecords,
} from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { runWizard } from './e2e/setup-wizard';

/** Technician mode in real Chromium, on a kiosk set up through the wizard against a real hub. */
const kiosk = useKioskBrowser({ hub: true, server: { provisioned: false } });

const PIN = '246813';
const PHONE = '13912345678';
const SURNAME = '欧阳';

/** The wizard from an empty kiosk to Home (tests/setup-wizard.e2e.test.ts covers it step by step). */
async function setUpKiosk(p: Page) {
  const { code } = seedSite(kiosk.hub);
  await runWizard(p, kiosk.url, { code, language: 'en', label: 'frontLeft', pin: PIN });
}

async function typeTechnicianPin(p: Page, pin: string) {
  for (const d of pin) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('technician-pin-submit').click();
}

/** A resident's intake with a surname and a phone number, then back to Home. */
async function residentIntake(p: Page) {
  await p.getByTestId('prompt-labour').click();
  await answerAllFirstOptions(p);
  const hardship = p.getByTestId('hardship-yes');
  if (await hardship.isVisible()) await hardship.click();
  await p.getByTestId('get-ticket').click();
  await agreeToConsent(p);
  await p.getByTestId('surname').fill(SURNAME);
  await p.getByTestId('salutation-ms').click();
  for (const d of PHONE) await p.getByTestId(`pad-${d}`).click();
  await p.getByTestId('contact-save').click();
  await p.getByTestId('ticket-number').waitFor();
  await p.getByTestId('ticket-done').click();
  await p.getByTestId('prompt-contract').waitFor();
}

/**
 * What the hub's `rejected` ack leaves behind (renderer/sync/outbox.ts applyAcks): a quarantine
 * entry with the hub's reason. Written straight into IndexedDB, as a past sync would have.
 */
function quarantine(p: Page, recordId: string, reason: string) {
  return p.evaluate(
    ({ recordId, reason }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('kiosk-records');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('quarantine', 'readwrite');
          tx.objectStore('quarantine').put({ recordId, reason, at: new Date().toISOString() });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    { recordId, reason },
  );
}

describe('technician mode', () => {
  it('shows status, re-queues, syncs, exports without personal data, and factory-resets', async () => {
    await setUpKiosk(kiosk.page);
    await residentIntake(kiosk.page);
    await expect
      .poll(() => storedCounts(kiosk.page), { timeout: 20_000 })
      .toEqual({ records: 1, outbox: 0 });
    const [intake] = await storedRecords(kiosk.page);
    const intakeId = String(intake?.record.id);
    await quarantine(kiosk.page, intakeId, 'contact.phone: refused by a newer hub rule');
    await quarantine(
      kiosk.page,
      '0195f0c2-7a1b-7c3d-8e4f-00000000dead',
      'record missing on the kiosk',
    );

    // Ctrl+Alt+T, then the PIN: a wrong one first.
    await kiosk.page.keyboard.press('Control+Alt+KeyT');
    await typeTechnicianPin(kiosk.page, '000000');
    expect(await kiosk.page.getByTestId('technician-pin-error').textContent()).toContain(
      '4 tries left',
    );
    await typeTechnicianPin(kiosk.page, PIN);
    await kiosk.page.getByTestId('technician-panel').waitFor();

    await expect
      .poll(() => kiosk.page.getByTestId('tech-app-version').textContent())
      .toMatch(/^\d+\.\d+\.\d+/);
    // The browser build: the running renderer is this build; no downloaded bundles.
    expect(await kiosk.page.getByTestId('tech-renderer-running').textContent()).toBe(
      await kiosk.page.getByTestId('tech-app-version').textContent(),
    );
    expect(await kiosk.page.getByTestId('tech-renderer-installed').textContent()).toBe(
      'Not used in the browser version',
    );
    expect(await kiosk.page.getByTestId('tech-renderer-waiting').textContent()).toBe('None');
    expect(await kiosk.page.getByTestId('tech-renderer-fallback').textContent()).toBe('No');
    await expect
      .poll(() => kiosk.page.getByTestId('tech-hub-reachable').textContent())
      .toContain('Yes');
    expect(await kiosk.page.getByTestId('tech-hub-url').textContent()).toBe(
      new URL(kiosk.url).origin,
    );
    await expect.poll(() => kiosk.page.getByTestId('tech-outbox').textContent()).toBe('0');
    await expect
      .poll(() => kiosk.page.getByTestId('tech-quarantine-count').textContent())
      .toBe('2');
    expect(await kiosk.page.getByTestId('tech-quarantine').textContent()).toContain(
      'refused by a newer hub rule',
    );

    // Sync now.
    await kiosk.page.getByTestId('technician-sync-now').click();
    await kiosk.page.locator('[data-testid="technician-sync-result"][data-result="ok"]').waitFor();
    expect(await kiosk.page.getByTestId('tech-last-sync').textContent()).not.toBe('—');

    // Re-queue the intake: it leaves the quarantine and goes to the hub again (a duplicate there).
    await kiosk.page.getByTestId('tech-requeue').click();
    await expect
      .poll(() => kiosk.page.getByTestId('tech-quarantine-count').textContent())
      .toBe('1');
    await expect
      .poll(() => storedCounts(kiosk.page), { timeout: 20_000 })
      .toEqual({ records: 1, outbox: 0 });

    // Export: counts and codes, no surname, phone or answers.
    const [download] = await Promise.all([
      kiosk.page.waitForEvent('download'),
      kiosk.page.getByTestId('technician-export').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const bundle = JSON.parse(text) as {
      counts: { records: Record<string, number>; quarantine: number };
    };
    expect(bundle.counts).toMatchObject({ records: { intake: 1 }, quarantine: 1 });
    for (const secret of [PHONE, SURNAME, '"answers"', 'questionId', 'optionId', 'secret'])
      expect(text).not.toContain(secret);

    // Factory reset: refused with a record the hub never got, then done with the override.
    await kiosk.page.getByTestId('technician-reset').click();
    await expect
      .poll(() => kiosk.page.getByTestId('reset-unsynced').textContent())
      .toContain('Records not yet at the hub: 1.');
    await kiosk.page.getByTestId('reset-confirm-text').fill('RESET');
    await kiosk.page.getByTestId('reset-go').click();
    expect(await kiosk.page.getByTestId('reset-refused').getAttribute('data-refusal')).toBe(
      'unsynced',
    );
    expect(await storedCounts(kiosk.page)).toEqual({ records: 1, outbox: 0 });
    await kiosk.page.getByTestId('reset-override').check();
    await kiosk.page.getByTestId('reset-go').click();
    await kiosk.page.locator('[data-testid="setup-wizard"][data-step="hub"]').waitFor();
    expect(await storedCounts(kiosk.page)).toEqual({ records: 0, outbox: 0 });
  });

  it('enrolls again only after showing the room; "not our room" leaves the code unspent', async () => {
    await setUpKiosk(kiosk.page);
    const { code } = seedTianlin(kiosk.hub);
    const spent = () =>
      (
        kiosk.hub.db
          .prepare('SELECT used_at AS usedAt FROM enrollment_codes WHERE code = ?')
          .get(normaliseCode(code)) as { usedAt: number | null }
      ).usedAt !== null;
    const devices = () =>
      (kiosk.hub.db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
    const devicesBefore = devices();

    await kiosk.page.keyboard.press('Control+Alt+KeyT');
    await typeTechnicianPin(kiosk.page, PIN);
    await kiosk.page.getByTestId('technician-re-enroll').click();
    expect(await kiosk.page.getByTestId('re-enroll-current').textContent()).toContain(
      '徐家汇街道公共法律服务客厅',
    );

    // A wrong code: said in words, nothing changes.
    await kiosk.page.getByTestId('setup-code').fill('ZZZZ-ZZZZ');
    await kiosk.page.getByTestId('re-enroll-go').click();
    expect(await kiosk.page.getByTestId('re-enroll-error').textContent()).toContain(
      'The hub does not know this code',
    );

    // The real code: the room first, marked as another room than this kiosk serves.
    await kiosk.page.getByTestId('setup-code').fill(code);
    await kiosk.page.getByTestId('re-enroll-go').click();
    expect(await kiosk.page.getByTestId('enrolled-room').textContent()).toBe('Tianlin living room');
    expect(await kiosk.page.getByTestId('enrolled-street').textContent()).toBe(
      'Tianlin Subdistrict',
    );
    const change = kiosk.page.getByTestId('re-enroll-change');
    expect(await change.getAttribute('data-change')).toBe('different');
    expect(await change.textContent()).toContain('DIFFERENT room');
    expect(spent()).toBe(false);

    // Not our room: back to the code, which the hub has not spent.
    await kiosk.page.getByTestId('enroll-wrong-room').click();
    await kiosk.page.getByTestId('code-returned').waitFor();
    expect(await kiosk.page.getByTestId('setup-code').inputValue()).toBe('');
    expect(spent()).toBe(false);
    expect(devices()).toBe(devicesBefore);

    // The same code later: the room again, and yes spends it.
    await kiosk.page.getByTestId('setup-code').fill(code);
    await kiosk.page.getByTestId('re-enroll-go').click();
    await kiosk.page.getByTestId('enrolled-room').waitFor();
    await kiosk.page.getByTestId('re-enroll-yes').click();
    await kiosk.page.getByTestId('re-enroll-done').waitFor();
    expect(await kiosk.page.getByTestId('enrolled-room').textContent()).toBe('Tianlin living room');
    expect(spent()).toBe(true);
    expect(devices()).toBe(devicesBefore + 1);
    // The new device keeps the kiosk's name from the wizard.
    const newest = kiosk.hub.db
      .prepare('SELECT label FROM devices ORDER BY enrolled_at DESC, rowid DESC LIMIT 1')
      .get() as { label: string | null };
    expect(newest.label).toBe('Front desk, left');
  });

  it('opens with five taps on the sign, locks after five wrong PINs, and stays locked after a reload', async () => {
    await setUpKiosk(kiosk.page);
    for (let i = 0; i < 5; i++) await kiosk.page.locator('.top-bar__sign').click();
    for (let i = 0; i < 4; i++) {
      await typeTechnicianPin(kiosk.page, '111111');
      await expect
        .poll(() => kiosk.page.getByTestId('technician-pin-error').textContent())
        .toContain(`${4 - i} tries left`);
    }
    await typeTechnicianPin(kiosk.page, '111111');
    await kiosk.page.getByTestId('technician-pin-locked').waitFor();
    // Even the right PIN cannot be tried now.
    for (const d of PIN) await kiosk.page.getByTestId(`pad-${d}`).click();
    expect(await kiosk.page.getByTestId('technician-pin-submit').isDisabled()).toBe(true);

    await kiosk.page.reload();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    await kiosk.page.keyboard.press('Control+Alt+KeyT');
    await kiosk.page.getByTestId('technician-pin-locked').waitFor();
    expect(await kiosk.page.getByTestId('technician-panel').count()).toBe(0);

    // Exit locks it and shows Home.
    await kiosk.page.getByTestId('technician-exit').click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
  });
});
