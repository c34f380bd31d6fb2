import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './i18n';
import { openRecordsDb } from './db/records-db';
import { openContentDb } from './db/content-db';
import { loadCatalogue } from './content/catalogue-store';
import { registerServiceWorker } from './app/service-worker';
import { startKioskSync } from './sync/start-kiosk-sync';
import { syncStatusReporter } from './features/sync-status/sync-status-store';
import './styles/kiosk.css';

async function boot() {
  const records = openRecordsDb();
  const content = openContentDb();
  const catalogue = await loadCatalogue(content);
  const i18n = createI18n(catalogue);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <App services={{ catalogue, records, content }} i18n={i18n} />
    </StrictMode>,
  );
  registerServiceWorker();
  startKioskSync({ records, content }, syncStatusReporter);
}

void boot();
