import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL_NAMES, type DeviceCredential } from '../shared/ipc';
import {
  BrowserWindow,
  FakeFrame,
  FakeWebContents,
  ipcMain,
  resetElectronMock,
} from '../tests/setup/electron-mock';
import { registerIpcHandlers, sendEvent, type IpcHandlers } from './ipc';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const credential: DeviceCredential = {
  hubUrl: 'https://hub.example.cn',
  deviceId: 'dev-01',
  secret: 'sekret-sekret-sekret-0123456789',
};
const ticket = {
  ticketNumber: 'A-007',
  day: '2026-11-29',
  roomName: '徐家汇街道客厅',
  lines: ['请稍候'],
};

function setup() {
  const win = new BrowserWindow();
  void win.loadURL('app://kiosk/index.html');
  const handlers = {
    'app:info': vi.fn(() => ({
      ok: true as const,
      value: {
        shell: 'electron' as const,
        appVersion: '0.1.0',
        electronVersion: '45.5.0',
        chromeVersion: '140',
        kioskBuild: true,
      },
    })),
    'credential:get': vi.fn(() => ({
      ok: true as const,
      value: { ...credential, extra: 'not for the renderer' },
    })),
    'credential:set': vi.fn(() => ({ ok: true as const, value: null })),
    'credential:clear': vi.fn(() => ({ ok: true as const, value: null })),
    'print:ticket': vi.fn(() => ({ ok: false as const, error: 'no_printer' as const })),
    'printer:list': vi.fn(() => ({ ok: true as const, value: [] })),
    'site-file:read': vi.fn((): never => {
      throw Object.assign(new Error(`EACCES: /media/kiosk/${credential.secret}`), {
        code: 'EACCES',
      });
    }),
    'app:relaunch': vi.fn(() => ({ ok: true as const, value: null })),
    'printer:set': vi.fn(() => ({ ok: true as const, value: null })),
    'renderer:idle-reset': vi.fn(() => ({ ok: true as const, value: { switching: true } })),
  } satisfies IpcHandlers;
  registerIpcHandlers(handlers, () => win.webContents as never);
  return { win, handlers, contents: win.webContents };
}

beforeEach(() => {
  resetElectronMock();
});

describe('IPC handlers', () => {
  it('registers every channel of the shared list', () => {
    setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNEL_NAMES].sort());
  });

  it('passes valid input to the handler and returns its reply', async () => {
    const { contents, handlers } = setup();
    expect(await ipcMain.invoke('print:ticket', contents, ticket)).toEqual({
      ok: false,
      error: 'no_printer',
    });
    expect(handlers['print:ticket']).toHaveBeenCalledWith(ticket);
    expect(await ipcMain.invoke('credential:set', contents, credential)).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each([
    ['print:ticket', { ...ticket, lines: Array(13).fill('x') }],
    ['print:ticket', { ...ticket, ticketNumber: '<script>' }],
    ['print:ticket', undefined],
    ['credential:set', { ...credential, hubUrl: 'file:///etc/passwd' }],
    ['credential:set', 'a string'],
    ['app:info', { unexpected: true }],
    ['printer:set', { name: '' }],
    ['printer:set', { name: 'P'.repeat(257) }],
    ['printer:set', 'POS-80'],
    ['renderer:idle-reset', { version: '9.9.9' }],
  ])(
    'rejects bad input on %s with bad_request, without calling the handler',
    async (channel, input) => {
      const { contents, handlers } = setup();
      expect(await ipcMain.invoke(channel, contents, input)).toEqual({
        ok: false,
        error: 'bad_request',
      });
      expect(handlers[channel as keyof typeof handlers]).not.toHaveBeenCalled();
    },
  );

  it('passes a printer name, trimmed, and answers the idle reset', async () => {
    const { contents, handlers } = setup();
    expect(await ipcMain.invoke('printer:set', contents, { name: ' POS-80 ' })).toEqual({
      ok: true,
      value: null,
    });
    expect(handlers['printer:set']).toHaveBeenCalledWith({ name: 'POS-80' });
    expect(await ipcMain.invoke('renderer:idle-reset', contents)).toEqual({
      ok: true,
      value: { switching: true },
    });
  });

  it('rejects extra arguments', async () => {
    const { contents } = setup();
    expect(await ipcMain.invoke('print:ticket', contents, ticket, 'more')).toEqual({
      ok: false,
      error: 'bad_request',
    });
  });

  it('refuses another web contents', async () => {
    const { handlers } = setup();
    const stranger = new FakeWebContents();
    await stranger.loadURL('app://kiosk/index.html');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ipcMain.invoke('credential:get', stranger)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(handlers['credential:get']).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses our window once it shows a foreign page, and refuses iframes', async () => {
    const { contents, handlers } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await ipcMain.invokeFromFrame(
        'credential:get',
        contents,
        new FakeFrame('app://kiosk/index.html', contents.mainFrame),
      ),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    });
    await contents.loadURL('https://evil.example/');
    expect(await ipcMain.invoke('credential:get', contents)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(handlers['credential:get']).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('strips fields beyond the reply schema', async () => {
    const { contents } = setup();
    expect(await ipcMain.invoke('credential:get', contents)).toEqual({
      ok: true,
      value: credential,
    });
  });

  it('turns a thrown error into internal, logging no message content', async () => {
    const { contents } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await ipcMain.invoke('site-file:read', contents)).toEqual({
      ok: false,
      error: 'internal',
    });
    expect(error.mock.calls.flat().join(' ')).toContain('EACCES');
    expect(error.mock.calls.flat().join(' ')).not.toContain(credential.secret);
    error.mockRestore();
  });
});

describe('sendEvent', () => {
  it('sends a valid idle report and refuses a malformed one', () => {
    const contents = new FakeWebContents();
    sendEvent(contents as never, 'kiosk:idle', { idleSeconds: 12 });
    expect(contents.sent).toEqual([{ channel: 'kiosk:idle', payload: { idleSeconds: 12 } }]);
    expect(() => sendEvent(contents as never, 'kiosk:idle', { idleSeconds: -1 })).toThrow();
  });
});
