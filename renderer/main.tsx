import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import type { KioskContextValue } from './app/kiosk-context';
import { createI18n, replaceCatalogueStrings } from './i18n';
import { registerServiceWorker } from './app/service-worker';
import { defaultCatalogue } from '../shared/catalogue/default';
import { IDLE_RESET_EVENT } from './features/idle/IdleGuard';
import { useSession } from './features/session/session-store';
import { syncStatusReporter } from './features/sync-status/sync-status-store';
import './styles/kiosk.css';

/**
 * Home renders at once with the catalogue built into this version; nothing waits for IndexedDB,
 * and neither Dexie nor zod is in the first download (docs/architecture.md, "First screen").
 * Then `app/open-kiosk` opens the databases and starts sync; the screens after the result wait
 * for that (DbsReady). A newer catalogue the hub sent earlier is swapped in as soon as it is read,
 * but only while nobody is in the middle of an intake (else at the next idle reset).
 */
function boot() {
  const i18n = createI18n(defaultCatalogue);
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('no #root');
  const root = createRoot(rootEl);
  let services: KioskContextValue = { catalogue: defaultCatalogue, dbs: null };
  const render = (next: KioskContextValue) => {
    services = next;
    root.render(
      <StrictMode>
        <App services={services} i18n={i18n} />
      </StrictMode>,
    );
  };
  // Home goes into the DOM now, so the next frame paints it; the rest waits until after that.
  flushSync(() => render(services));
  afterNextPaint(() => {
    registerServiceWorker();
    void import('./app/open-kiosk').then(({ openKiosk }) => {
      const opened = openKiosk(syncStatusReporter);
      render({ ...services, dbs: opened.dbs });
      void opened.catalogue.then((catalogue) => {
        if (catalogue !== defaultCatalogue)
          applyBetweenResidents(() => {
            replaceCatalogueStrings(i18n, catalogue);
            render({ ...services, catalogue });
          });
      });
    });
  });
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
