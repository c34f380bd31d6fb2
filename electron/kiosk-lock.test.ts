import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  app,
  powerSaveBlocker,
  resetElectronMock,
} from '../tests/setup/electron-mock';
import { acquireSingleInstance, lockKiosk, shouldSwallowKey } from './kiosk-lock';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const key = (
  k: string,
  mods: Partial<{ control: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
  code = '',
) => ({
  key: k,
  code,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

beforeEach(() => {
  resetElectronMock();
});

describe('shouldSwallowKey', () => {
  it.each([
    ['Ctrl +', key('+', { control: true })],
    ['Ctrl =', key('=', { control: true }, 'Equal')],
    ['Ctrl -', key('-', { control: true }, 'Minus')],
    ['Ctrl 0', key('0', { control: true }, 'Digit0')],
    ['Cmd +', key('+', { meta: true })],
    ['Ctrl numpad +', key('Add', { control: true }, 'NumpadAdd')],
  ])('blocks zoom (%s) in every build', (_name, input) => {
    expect(shouldSwallowKey(input, true)).toBe(true);
    expect(shouldSwallowKey(input, false)).toBe(true);
  });

  it.each([
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['F12', key('F12')],
    ['Ctrl+R', key('r', { control: true })],
    ['F5', key('F5')],
    ['Ctrl+W', key('w', { control: true })],
  ])('blocks %s in a kiosk build only', (_name, input) => {
    expect(shouldSwallowKey(input, true)).toBe(true);
    expect(shouldSwallowKey(input, false)).toBe(false);
  });

  it.each([
    ['0', key('0', {}, 'Digit0')],
    ['r', key('r')],
    ['I', key('I', { shift: true })],
    ['Enter', key('Enter')],
  ])('lets ordinary typing through (%s)', (_name, input) => {
    expect(shouldSwallowKey(input, true)).toBe(false);
  });
});

describe('lockKiosk', () => {
  it('pins zoom, swallows blocked keys and keeps the display awake', () => {
    const win = new BrowserWindow();
    lockKiosk(win as never, { kioskBuild: true });
    expect(win.webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    expect(
      win.webContents.fire('before-input-event', {}, key('+', { control: true })).defaultPrevented,
    ).toBe(true);
    expect(win.webContents.fire('before-input-event', {}, key('a')).defaultPrevented).toBe(false);
    win.webContents.fire('zoom-changed', {}, 'in');
    expect(win.webContents.setZoomLevel).toHaveBeenCalledWith(0);
    expect(powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
  });

  it('opens at login only when packaged', () => {
    lockKiosk(new BrowserWindow() as never, { kioskBuild: true });
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    app.isPackaged = true;
    lockKiosk(new BrowserWindow() as never, { kioskBuild: true });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });
});

describe('acquireSingleInstance', () => {
  it('quits a second process', () => {
    app.singleInstance = false;
    expect(acquireSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the running window forward when launched again', () => {
    const win = new BrowserWindow();
    expect(acquireSingleInstance(() => win as never)).toBe(true);
    app.emit('second-instance');
    expect(win.focus).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });
});
