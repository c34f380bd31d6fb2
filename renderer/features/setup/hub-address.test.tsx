// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskBridge } from '../../../shared/ipc';
import { electronAppInfo, installShell, withOfflineShell } from '../../test-utils/fake-shell';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { ConnectionStep } from './ConnectionStep';
import { HubAddressStep } from './HubAddressStep';
import { useSetup } from './setup-store';

/** Electron's preload bridge, played by a stand-in: only app:info is asked here. */
function electronShell(allowedHubOrigins: string[] | undefined) {
  const info = electronAppInfo({
    ...(allowedHubOrigins ? { allowedHubOrigins } : {}),
  });
  const bridge: Pick<KioskBridge, 'appInfo'> = {
    appInfo: () => Promise.resolve({ ok: true, value: info }),
  };
  installShell(bridge);
}

const fetched = withOfflineShell();
afterEach(cleanup);

describe('the hub address step', () => {
  it('refuses plain http to a district hub, in plain words, and lets loopback through', () => {
    useSetup.setState({ step: 'hub', hubUrl: 'http://10.0.0.5:8787' });
    renderKiosk(<HubAddressStep />, { locale: 'en' });
    expect(screen.getByRole('alert').textContent).toMatch(/must start with https:\/\//);
    expect(screen.getByTestId('setup-next')).toHaveProperty('disabled', true);
    cleanup();

    useSetup.setState({ hubUrl: 'http://127.0.0.1:8787' });
    renderKiosk(<HubAddressStep />, { locale: 'en' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('setup-next')).toHaveProperty('disabled', false);
  });
});

describe('the connection step in Electron', () => {
  it('names the hub kiosk-settings.json allows instead of "cannot be reached", sending nothing', async () => {
    electronShell(['https://hub.sf.xuhui.example']);
    useSetup.setState({ step: 'connection', hubUrl: 'https://other-hub.example/' });
    renderKiosk(<ConnectionStep />, { locale: 'en' });
    const error = await screen.findByTestId('connection-error');
    expect(error.textContent).toContain('set to use the hub https://hub.sf.xuhui.example only');
    expect(error.textContent).toContain('kiosk-settings.json');
    expect(fetched).toEqual([]);
  });

  it('says no hub is set when kiosk-settings.json names none', async () => {
    electronShell([]);
    useSetup.setState({ step: 'connection', hubUrl: 'https://hub.sf.xuhui.example' });
    renderKiosk(<ConnectionStep />, { locale: 'zh-CN' });
    expect((await screen.findByTestId('connection-error')).textContent).toContain(
      '本机还没有设定中心服务器',
    );
  });

  it('asks the allowed hub itself, and an older shell without the list is not second-guessed', async () => {
    electronShell(['https://hub.sf.xuhui.example']);
    useSetup.setState({ step: 'connection', hubUrl: 'https://hub.sf.xuhui.example/' });
    renderKiosk(<ConnectionStep />, { locale: 'en' });
    expect((await screen.findByTestId('connection-error')).textContent).toMatch(
      /cannot be reached/,
    );
    expect(fetched).toEqual(['https://hub.sf.xuhui.example/api/v1/health']);
    cleanup();

    electronShell(undefined);
    useSetup.setState({ hubUrl: 'https://other-hub.example' });
    renderKiosk(<ConnectionStep />, { locale: 'en' });
    expect((await screen.findByTestId('connection-error')).textContent).toMatch(
      /cannot be reached/,
    );
  });
});
