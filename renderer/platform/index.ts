import type { KioskBridge } from '../../shared/ipc';
import { createWebBridge } from './web-platform';

/**
 * What the renderer may ask of the machine it runs on. Inside Electron that is `window.kiosk`
 * (the preload bridge); in a browser, the web fallback. Screens use this and never look at
 * `window.kiosk` themselves, so both builds run the same code.
 */
export type Platform = KioskBridge & { readonly shell: 'electron' | 'web' };

let platform: Platform | null = null;

export function getPlatform(): Platform {
  platform ??= window.kiosk
    ? { ...window.kiosk, shell: 'electron' }
    : { ...createWebBridge(), shell: 'web' };
  return platform;
}

/** For tests: forget the platform chosen so far. */
export function resetPlatformForTests(): void {
  platform = null;
}

/**
 * Workbox precaching needs the Cache API, which Chromium refuses for custom schemes such as our
 * app:// (electron/electron#35033): the service worker is registered over http(s) only.
 */
export function canRegisterServiceWorker(
  location: Pick<Location, 'protocol'> = window.location,
): boolean {
  return (
    (location.protocol === 'https:' || location.protocol === 'http:') &&
    'serviceWorker' in navigator
  );
}
