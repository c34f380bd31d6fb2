import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from '../tests/setup/electron-mock';
import { createMainWindow, mainWindowOptions } from './window';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

beforeEach(() => {
  resetElectronMock();
});

describe('main window options', () => {
  const kiosk = mainWindowOptions({ kioskBuild: true, preloadPath: '/app/preload.cjs' });
  const web = kiosk.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(web[flag]).toBe(value);
  });

  it('loads only our preload', () => {
    expect(web.preload).toBe('/app/preload.cjs');
  });

  it('owns the screen and hides devtools in a kiosk build', () => {
    expect(kiosk.kiosk).toBe(true);
    expect(kiosk.fullscreen).toBe(true);
    expect(kiosk.autoHideMenuBar).toBe(true);
    expect(web.devTools).toBe(false);
  });

  it('keeps every security flag in a developer build too', () => {
    const dev = mainWindowOptions({ kioskBuild: false, preloadPath: '/app/preload.cjs' });
    expect(dev.kiosk).toBe(false);
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  it('creates the window without a menu and shows it once painted', () => {
    const win = createMainWindow({
      kioskBuild: true,
      preloadPath: '/p.cjs',
    }) as unknown as BrowserWindow;
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(win.removeMenu).toHaveBeenCalled();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });
});
