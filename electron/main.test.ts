import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL_NAMES } from '../shared/ipc';
import {
  BrowserWindow,
  app,
  ipcMain,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  session,
} from '../tests/setup/electron-mock';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

// A smoke test of the composition: importing main wires every part, in the right order.
let sandboxed = false;
let switches: unknown[][] = [];

beforeAll(async () => {
  app.userDataPath = mkdtempSync(path.join(tmpdir(), 'kiosk-main-'));
  writeFileSync(
    path.join(app.userDataPath, 'kiosk-settings.json'),
    JSON.stringify({ hubUrl: 'https://hub.sf.xuhui.example/' }),
  );
  vi.useFakeTimers();
  await import('./main');
  // vitest clears call records before each test; keep what the import did.
  sandboxed = app.enableSandbox.mock.calls.length > 0;
  switches = [...app.commandLine.appendSwitch.mock.calls];
  await vi.waitFor(() =>
    expect(BrowserWindow.instances[0]?.webContents.getURL()).toBe('app://kiosk/index.html'),
  );
});

afterAll(() => {
  vi.useRealTimers();
});

describe('main process composition', () => {
  it('sandboxes every renderer and registers app:// before ready', () => {
    expect(sandboxed).toBe(true);
    expect(protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(protocol.handlers.has('app')).toBe(true);
  });

  it('lets Chromium speak through speech-dispatcher on Linux, before the app is ready', () => {
    expect(switches.some(([name]) => name === 'enable-speech-dispatcher')).toBe(
      process.platform === 'linux',
    );
  });

  it('guards sessions and answers every IPC channel', () => {
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(session.defaultSession.listenerCount('will-download')).toBe(1);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNEL_NAMES].sort());
  });

  it('opens one locked-down window on our origin and reports idle time to it', async () => {
    const win = BrowserWindow.instances[0];
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(win?.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    expect(powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
    expect(await ipcMain.invoke('app:info', win?.webContents as never)).toMatchObject({
      ok: true,
      value: { shell: 'electron', kioskBuild: false },
    });
    // The installed renderer runs; nothing downloaded in a fresh userData.
    expect(await ipcMain.invoke('app:info', win?.webContents as never)).toMatchObject({
      value: {
        renderer: {
          running: '0.1.0-test',
          installed: '0.1.0-test',
          waiting: null,
          fellBackFrom: null,
        },
      },
    });
    powerMonitor.idleSeconds = 42;
    vi.advanceTimersByTime(1_000);
    expect(win?.webContents.sent.at(-1)).toEqual({
      channel: 'kiosk:idle',
      payload: { idleSeconds: 42 },
    });
  });

  it('tells the page which hubs its CSP lets it reach: the configured one, then the enrolled one', async () => {
    const contents = BrowserWindow.instances[0]?.webContents;
    if (!contents) throw new Error('no window');
    const allowed = async () =>
      ((await ipcMain.invoke('app:info', contents)) as { value: Record<string, unknown> }).value
        .allowedHubOrigins;
    expect(await allowed()).toEqual(['https://hub.sf.xuhui.example']);
    const credential = {
      hubUrl: 'https://hub2.sf.xuhui.example:8443/kiosk',
      deviceId: 'dev-01',
      secret: 's'.repeat(32),
    };
    expect(await ipcMain.invoke('credential:set', contents, credential)).toEqual({
      ok: true,
      value: null,
    });
    expect(await allowed()).toEqual([
      'https://hub.sf.xuhui.example',
      'https://hub2.sf.xuhui.example:8443',
    ]);
    const page = await protocol.handlers.get('app')?.(new Request('app://kiosk/kiosk-config.json'));
    expect(page?.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://hub.sf.xuhui.example https://hub2.sf.xuhui.example:8443;",
    );
    expect(await ipcMain.invoke('credential:clear', contents)).toMatchObject({ ok: true });
  });

  it("keeps the site file's printer for the next start and prints to it now", async () => {
    const contents = BrowserWindow.instances[0]?.webContents;
    if (!contents) throw new Error('no window');
    contents.printers = ['POS-80', 'Office'].map((name) => ({
      name,
      displayName: name,
      description: '',
      options: {},
    }));
    expect(await ipcMain.invoke('printer:set', contents as never, { name: 'POS-80' })).toEqual({
      ok: true,
      value: null,
    });
    expect(
      JSON.parse(readFileSync(path.join(app.userDataPath, 'kiosk-settings.json'), 'utf8')),
    ).toMatchObject({ receiptPrinter: 'POS-80' });
    expect(await ipcMain.invoke('printer:list', contents as never)).toMatchObject({
      ok: true,
      value: [
        { name: 'POS-80', receipt: true },
        { name: 'Office', receipt: false },
      ],
    });
  });

  it('answers the idle reset; a build without a release key never switches', async () => {
    const contents = BrowserWindow.instances[0]?.webContents;
    expect(await ipcMain.invoke('renderer:idle-reset', contents as never)).toEqual({
      ok: true,
      value: { switching: false },
    });
  });
});
