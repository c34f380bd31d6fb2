import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, app, resetElectronMock, session } from '../tests/setup/electron-mock';
import { installSecurityGuards } from './security';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

function newContents(): FakeWebContents {
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

function requestPermission(permission: string, requestingUrl = 'app://kiosk/index.html'): boolean {
  const handler = session.defaultSession.permissionRequestHandler;
  if (!handler) throw new Error('no permission request handler');
  let granted: boolean | undefined;
  handler(new FakeWebContents(), permission, (g) => (granted = g), {
    requestingUrl,
    isMainFrame: true,
  });
  if (granted === undefined) throw new Error('the handler never answered');
  return granted;
}

function checkPermission(permission: string, origin = 'app://kiosk'): boolean {
  const handler = session.defaultSession.permissionCheckHandler;
  if (!handler) throw new Error('no permission check handler');
  return handler(null, permission, origin, {});
}

beforeEach(() => {
  resetElectronMock();
  installSecurityGuards();
});

describe('navigation guards on every web contents', () => {
  it('lets our own pages load', () => {
    const contents = newContents();
    expect(contents.fire('will-navigate', { url: 'app://kiosk/index.html' }).defaultPrevented).toBe(
      false,
    );
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from app://kiosk is stopped',
    (event) => {
      const contents = newContents();
      for (const url of [
        'https://evil.example/?next=app://kiosk',
        'file:///etc/passwd',
        'app://kiosk.evil/',
        'app://user@kiosk/',
      ]) {
        expect(contents.fire(event, { url }).defaultPrevented).toBe(true);
      }
    },
  );

  it('denies every new window', () => {
    const contents = newContents();
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses to attach a webview', () => {
    const contents = newContents();
    expect(
      contents.fire('will-attach-webview', {}, {}, { src: 'https://evil.example/' })
        .defaultPrevented,
    ).toBe(true);
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'hid',
    'unknown',
  ])('denies %s, even to our own page', (permission) => {
    expect(requestPermission(permission)).toBe(false);
    expect(checkPermission(permission)).toBe(false);
  });

  it('grants persistent storage to our page only', () => {
    expect(requestPermission('persistent-storage')).toBe(true);
    expect(checkPermission('persistent-storage')).toBe(true);
    expect(requestPermission('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(checkPermission('persistent-storage', 'app://kiosk.evil')).toBe(false);
  });

  it('denies USB, HID and serial devices', () => {
    expect(session.defaultSession.devicePermissionHandler?.()).toBe(false);
  });
});
