import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { App } from './app/App';
import type { KioskContextValue } from './app/kiosk-context';
import { FIRST_SERVICES, createFirstI18n } from './app/first-screen';
import { ensureUiLocale, replaceCatalogueStrings } from './i18n';
import { registerServiceWorker } from './app/service-worker';
import type { Catalogue } from '../shared/catalogue/schema';
import { IDLE_RESET_EVENT } from './features/idle/IdleGuard';
import { useSession } from './features/session/session-store';
import { syncStatusReporter } from './features/sync-status/sync-status-store';
import { LockedScreen } from './features/locked/LockedScreen';
import { readKioskLock, type KioskLock } from './features/locked/kiosk-lock';
import './styles/kiosk.css';

/**
 * Home renders at once from the seven prompts' tiles and the Chinese UI strings
 * (app/first-screen); nothing waits for IndexedDB, and neither Dexie, zod, the rest of the
 * catalogue nor the English strings are in the first download (docs/architecture.md, "First
 * screen"). After the first paint `app/open-kiosk` brings the built-in catalogue, opens the
 * databases and starts sync; the questions wait for the catalogue and the screens after the
 * result for the databases (Ready). A newer catalogue the hub sent earlier is swapped in as soon
 * as it is read, but only while nobody is in the middle of an intake (else at the next idle reset).
 */
function boot() {
  const i18n = createFirstI18n();
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('no #root');
  const root = createRoot(rootEl);
  // A kiosk wiped remotely shows only the locked screen; nothing opens, nothing syncs.
  const lock = readKioskLock();
  if (lock !== null) return bootLocked(root, i18n, lock);
  let services: KioskContextValue = FIRST_SERVICES;
  const render = (next: KioskContextValue) => {
    services = next;
    root.render(
      <StrictMode>
        <App services={services} i18n={i18n} />
      </StrictMode>,
    );
  };
  const applyCatalogue = (catalogue: Catalogue, dbs: KioskContextValue['dbs']) => {
    replaceCatalogueStrings(i18n, catalogue);
    render({ ...services, catalogue, dbs });
  };
  // Home goes into the DOM now, so the next frame paints it; the rest waits until after that.
  flushSync(() => render(services));
  afterNextPaint(() => {
    registerServiceWorker();
    void import('./app/open-kiosk').then(({ openKiosk }) => {
      const opened = openKiosk(syncStatusReporter);
      // Its prompts are the ones Home already shows, so it can go in whatever the resident is doing.
      applyCatalogue(opened.builtInCatalogue, opened.dbs);
      void opened.catalogue.then((catalogue) => {
        if (catalogue !== opened.builtInCatalogue)
          applyBetweenResidents(() => applyCatalogue(catalogue, services.dbs));
      });
    });
    // Fetched now so that the language button answers at once.
    void ensureUiLocale(i18n, 'en');
  });
}

function bootLocked(root: Root, i18n: i18n, lock: KioskLock) {
  const render = (english: boolean) =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <LockedScreen lock={lock} english={english} />
      </I18nextProvider>,
    );
  render(false);
  void ensureUiLocale(i18n, 'en').then(() => render(true));
  if (lock === 'wiping')
    void import('./features/locked/finish-wipe').then(({ finishWipe }) => finishWipe());
}

/** Run `task` once the next frame has been painted (rAF runs just before paint; the timeout after). */
function afterNextPaint(task: () => void) {
  requestAnimationFrame(() => setTimeout(task, 0));
}

function applyBetweenResidents(apply: () => void) {
  const s = useSession.getState();
  if (s.screen === 'home' && s.flow === null) return apply();
  window.addEventListener(IDLE_RESET_EVENT, apply, { once: true });
}

boot();
