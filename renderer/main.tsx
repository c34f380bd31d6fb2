import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, replaceCatalogueStrings } from './i18n';
import { openRecordsDb } from './db/records-db';
import { openContentDb } from './db/content-db';
import { loadCatalogue } from './content/catalogue-store';
import { registerServiceWorker } from './app/service-worker';
import { defaultCatalogue } from '../shared/catalogue/default';
import { IDLE_RESET_EVENT } from './features/idle/IdleGuard';
import { useSession } from './features/session/session-store';
import { syncStatusReporter } from './features/sync-status/sync-status-store';
import type { Catalogue } from '../shared/catalogue/schema';
import './styles/kiosk.css';

/**
 * Home renders at once with the catalogue built into this version; nothing waits for IndexedDB.
 * A newer catalogue the hub sent earlier is swapped in as soon as it is read, but only while
 * nobody is in the middle of an intake (else at the next idle reset).
 */
function boot() {
  const records = openRecordsDb();
  const content = openContentDb();
  const i18n = createI18n(defaultCatalogue);
  const rootEl = document.getElementById('root');
  if (!rootEl) throw new Error('no #root');
  const root = createRoot(rootEl);
  const render = (catalogue: Catalogue) =>
    root.render(
      <StrictMode>
        <App services={{ catalogue, records, content }} i18n={i18n} />
      </StrictMode>,
    );
  render(defaultCatalogue);
  void loadCatalogue(content).then((catalogue) => {
    if (catalogue !== defaultCatalogue)
      applyBetweenResidents(() => {
        replaceCatalogueStrings(i18n, catalogue);
        render(catalogue);
      });
  });
  registerServiceWorker();
  // Sync is not needed to draw Home: load it after the first paint.
  void import('./sync/start-kiosk-sync').then(({ startKioskSync }) =>
    startKioskSync({ records, content }, syncStatusReporter),
  );
}

function applyBetweenResidents(apply: () => void) {
  const s = useSession.getState();
  if (s.screen === 'home' && s.flow === null) return apply();
  window.addEventListener(IDLE_RESET_EVENT, apply, { once: true });
}

boot();
