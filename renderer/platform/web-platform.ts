import { version } from '../../package.json';
import type { KioskBridge } from '../../shared/ipc';
import { onDomIdle } from './dom-idle';
import { createWebCredentialStore, type CredentialStore } from './web-credential-store';

/** The browser build's KioskBridge: no printer, no USB sticks, idle time from the page's input. */
export function createWebBridge(
  credentials: CredentialStore = createWebCredentialStore(),
): KioskBridge {
  return {
    appInfo: () =>
      Promise.resolve({
        ok: true,
        value: {
          shell: 'web',
          appVersion: version,
          electronVersion: null,
          chromeVersion: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null,
          kioskBuild: false,
        },
      }),
    getCredential: () => credentials.get(),
    setCredential: (credential) => credentials.set(credential),
    clearCredential: () => credentials.clear(),
    printTicket: () => Promise.resolve({ ok: false, error: 'no_printer' }),
    listPrinters: () => Promise.resolve({ ok: true, value: [] }),
    readSiteFile: () => Promise.resolve({ ok: false, error: 'unsupported' }),
    relaunch: () => {
      window.location.reload();
      return Promise.resolve({ ok: true, value: null });
    },
    onIdle: (listener) => onDomIdle(listener),
  };
}
