import { version } from '../../package.json';
import type { KioskBridge } from '../../shared/ipc';
import { onDomIdle } from './dom-idle';
import type { CredentialStore } from './web-credential-store';

/**
 * The credential store, loaded on first use: it brings Dexie and zod, which Home's first drawing
 * does not need (the ticket screen's print button is the earliest use of this bridge).
 */
function lazyWebCredentialStore(): CredentialStore {
  let store: Promise<CredentialStore> | null = null;
  const load = () =>
    (store ??= import('./web-credential-store').then((m) => m.createWebCredentialStore()));
  return {
    get: async () => (await load()).get(),
    set: async (credential) => (await load()).set(credential),
    clear: async () => (await load()).clear(),
  };
}

/** The browser build's KioskBridge: no printer, no USB sticks, idle time from the page's input. */
export function createWebBridge(
  credentials: CredentialStore = lazyWebCredentialStore(),
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
          // The browser build updates through its service worker: there are no renderer bundles.
          renderer: { running: version, installed: null, waiting: null, fellBackFrom: null },
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
    // The browser build keeps the printer choice out of reach and updates through Workbox.
    setReceiptPrinter: () => Promise.resolve({ ok: false, error: 'unsupported' }),
    idleReset: () => Promise.resolve({ ok: true, value: { switching: false } }),
    onDiagnosticsSaved: () => () => undefined,
  };
}
