// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskBridge } from '../../../shared/ipc';
import { electronAppInfo, installShell, withOfflineShell } from '../../test-utils/fake-shell';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { ReEnrollView } from './ReEnrollView';

const ENROLLED_HUB = 'https://hub.sf.xuhui.example';

/** Electron's preload bridge, played by a stand-in: app:info, the credential and the USB stick. */
function electronShell(allowedHubOrigins: string[], siteFileHub: string) {
  const info = electronAppInfo({
    allowedHubOrigins,
  });
  const bridge: Pick<KioskBridge, 'appInfo' | 'getCredential' | 'readSiteFile'> = {
    appInfo: () => Promise.resolve({ ok: true, value: info }),
    getCredential: () =>
      Promise.resolve({
        ok: true,
        value: { hubUrl: ENROLLED_HUB, deviceId: 'dev-1', secret: 'x'.repeat(43) },
      }),
    readSiteFile: () =>
      Promise.resolve({
        ok: true,
        value: JSON.stringify({ hubUrl: siteFileHub, enrollmentCode: 'ABCD-EFGH' }),
      }),
  };
  installShell(bridge);
}

const fetched = withOfflineShell();
afterEach(cleanup);

/** Read the site file from the stick, then ask which room its code belongs to. */
async function findRoomFromSiteFile(): Promise<string | null> {
  renderKiosk(<ReEnrollView />, { locale: 'en' });
  fireEvent.click(screen.getByTestId('site-file-read'));
  await screen.findByTestId('site-file-ok');
  fireEvent.click(screen.getByTestId('re-enroll-go'));
  return (await screen.findByTestId('re-enroll-error')).textContent;
}

describe('technician re-enroll in Electron', () => {
  it('says the kiosk is set to another hub, not "cannot be reached", and sends nothing', async () => {
    electronShell([ENROLLED_HUB], 'https://other-hub.example');
    const error = await findRoomFromSiteFile();
    expect(error).toContain('set to use a different hub');
    expect(error).toContain('kiosk-settings.json');
    expect(fetched).toEqual([]);
  });

  it('asks the allowed hub itself, and says so when it does not answer', async () => {
    electronShell([ENROLLED_HUB], `${ENROLLED_HUB}/`);
    expect(await findRoomFromSiteFile()).toMatch(/cannot be reached/);
    expect(fetched).toEqual([`${ENROLLED_HUB}/api/v1/enroll/preview`]);
  });
});
