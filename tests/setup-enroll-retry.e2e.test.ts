import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rowCounts, seedSite, startTestHub, type TestHub } from '../server/testing/test-hub';
import { API_PATHS } from '../shared/sync/protocol';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { startFaultProxy, type FaultProxy } from './sync/fault-proxy';
import { choosePin, wizardStep, wizardToRoom } from './e2e/setup-wizard';

/**
 * The enroll answer is lost: the built kiosk in real Chromium, its /api proxy pointed at a fault
 * proxy in front of a real hub. The proxy forwards the enroll, waits until the hub has committed
 * (device made, code spent), then cuts the connection. Pressing retry, or starting the wizard
 * again after a reload, must finish enrollment with the SAME code as the same device.
 */
let hub: TestHub;
let proxy: FaultProxy;

const ROOM = '徐家汇街道公共法律服务客厅';

beforeAll(async () => {
  hub = await startTestHub();
  proxy = await startFaultProxy({ target: hub.url, seed: 1 });
});
afterAll(async () => {
  await proxy?.close();
  await hub?.close();
});
const kiosk = useKioskBrowser({ server: () => ({ hubOrigin: proxy.url, provisioned: false }) });

/** From a fresh wizard to the room the code belongs to. */
function toRoom(p: Page, code: string) {
  return wizardToRoom(p, kiosk.url, { code, language: 'en', pin: '' });
}

/** Devices the hub made with this code, and the device the code's row says spent it. */
function spentBy(code: string) {
  const normalised = code.replace('-', '');
  const devices = hub.db
    .prepare('SELECT id FROM devices WHERE enrolled_with = ?')
    .all(normalised) as { id: string }[];
  const row = hub.db
    .prepare('SELECT used_by FROM enrollment_codes WHERE code = ?')
    .get(normalised) as { used_by: string | null };
  return { devices: devices.map((d) => d.id), usedBy: row.used_by };
}

/** The label, PIN twice, the settings arrive with the kiosk's credential, Home shows the room. */
async function finish(p: Page) {
  await choosePin(p, '246801');
  await p.getByTestId('settings-received').waitFor();
  await p.getByTestId('setup-next').click();
  await p.getByTestId('prompt-contract').waitFor();
  await expect.poll(() => p.getByTestId('room-name').textContent()).toContain(ROOM);
}

describe('a lost answer to enroll', () => {
  it('retry completes enrollment with the same code, as the device the hub already made', async () => {
    const { code } = seedSite(hub);
    const devicesBefore = rowCounts(hub.db).devices ?? 0;
    await toRoom(kiosk.page, code);

    // The room is on screen (the preview passed); now the enroll itself loses its answer.
    await kiosk.page.getByTestId('label-suggest-frontRight').click();
    proxy.script(API_PATHS.enroll, 'cut');
    await kiosk.page.getByTestId('setup-next').click();
    await kiosk.page.getByTestId('enroll-error').waitFor();
    expect(await kiosk.page.getByTestId('enroll-error').textContent()).toContain(
      'cannot be reached',
    );
    const afterCut = spentBy(code);
    expect(afterCut.devices).toHaveLength(1);
    expect(afterCut.usedBy).toBe(afterCut.devices[0]);
    // What was on screen stays: the room, and no way to call it "not ours" once it may be spent.
    expect(await kiosk.page.getByTestId('enrolled-room').textContent()).toBe(ROOM);
    expect(await kiosk.page.getByTestId('enroll-wrong-room').count()).toBe(0);

    await kiosk.page.getByTestId('setup-next').click(); // "Try again"
    await finish(kiosk.page);
    expect(spentBy(code)).toEqual(afterCut);
    expect(rowCounts(hub.db).devices).toBe(devicesBefore + 1);
    // The settings arrived over a pull authenticated as that very device.
    const pulls = hub
      .logText()
      .split('\n')
      .filter((line) => line.includes('"route":"/api/v1/pull"') && line.includes('"status":200'));
    expect(pulls.some((line) => line.includes(`"deviceId":"${afterCut.usedBy}"`))).toBe(true);
  });

  it('after a reload the wizard is back at the room with the code kept, and finishes as the same device', async () => {
    const { code } = seedSite(hub);
    await toRoom(kiosk.page, code);
    await kiosk.page.getByTestId('label-suggest-frontRight').click();
    proxy.script(API_PATHS.enroll, 'cut');
    await kiosk.page.getByTestId('setup-next').click();
    await kiosk.page.getByTestId('enroll-error').waitFor();
    const afterCut = spentBy(code);
    expect(afterCut.devices).toHaveLength(1);

    // A restart: the typed hub, code and label were kept (setup-draft.ts), the pending
    // credential is on disk. The hub shows the room again to this kiosk alone (the code is
    // spent), and "yes" gets the same device.
    await kiosk.page.reload();
    await wizardStep(kiosk.page, 'enroll');
    expect(await kiosk.page.getByTestId('enrolled-room').textContent()).toBe(ROOM);
    expect(await kiosk.page.getByTestId('setup-label').inputValue()).toBe('Front desk, right');
    await kiosk.page.getByTestId('setup-next').click();
    await finish(kiosk.page);
    expect(spentBy(code)).toEqual(afterCut);
    const label = hub.db.prepare('SELECT label FROM devices WHERE id = ?').get(afterCut.usedBy) as {
      label: string;
    };
    expect(label.label).toBe('Front desk, right');
  });
});
