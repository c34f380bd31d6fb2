import type { KioskBootConfig } from '../../shared/ipc';
import type { ContentDb } from '../db/content-db';
import type { RecordsDb } from '../db/records-db';
import { getPlatform } from '../platform';
import { absoluteHubUrl, loadBootConfig } from '../platform/boot-config';
import { autoEnrollment } from './enroll';
import { createSyncScheduler } from './scheduler';
import { onSyncRequest } from './sync-signal';
import { syncOnce, type SyncReporter } from './sync-once';
import { wipeKiosk } from './remote-wipe';
import { checkStorage, requestPersistence, type StorageHealth } from './storage-health';

export interface KioskSyncReporter extends SyncReporter {
  storage(health: StorageHealth): void;
}

const STORAGE_CHECK_MS = 10 * 60_000;

/**
 * Start syncing in the running kiosk (Electron and the browser build alike): the scheduler with
 * its triggers, automatic demo enrollment, and the storage checks. Returns a stop function.
 */
export function startKioskSync(
  dbs: { records: RecordsDb; content: ContentDb },
  reporter: KioskSyncReporter,
): () => void {
  const platform = getPlatform();
  let bootConfig: KioskBootConfig | null = null;
  const autoEnroll = async () => {
    bootConfig ??= await loadBootConfig();
    return autoEnrollment(bootConfig, window.location.href, absoluteHubUrl);
  };
  const scheduler = createSyncScheduler({
    run: async (signal) => {
      const outcome = await syncOnce(
        {
          ...dbs,
          credentials: {
            get: () => platform.getCredential(),
            set: (c) => platform.setCredential(c),
          },
          autoEnroll,
          // Called bare, `fetch` loses its `window` binding in some browsers ("Illegal invocation").
          fetch: (input, init) => fetch(input, init),
          reporter,
          onDeviceLost: async (client) => {
            try {
              await wipeKiosk({
                databases: [dbs.records, dbs.content],
                confirm: () => client.wiped(),
              });
            } finally {
              // The start screen reads the lock and shows the locked screen (main.tsx); a
              // reload also drops whatever a resident or volunteer had on screen.
              window.location.reload();
            }
          },
        },
        signal,
      );
      return outcome.ok ? 'ok' : 'failed';
    },
    locks: 'locks' in navigator ? navigator.locks : undefined,
  });

  const unsubscribe = onSyncRequest((reason) => scheduler.trigger(reason));
  const online = () => scheduler.trigger('online');
  window.addEventListener('online', online);

  const storage = 'storage' in navigator ? navigator.storage : undefined;
  let persisted: boolean | null = null;
  const checkSpace = () =>
    void checkStorage(storage, persisted).then((health) => reporter.storage(health));
  void requestPersistence(storage).then((granted) => {
    persisted = granted;
    checkSpace();
  });
  const storageTimer = window.setInterval(checkSpace, STORAGE_CHECK_MS);

  scheduler.start();
  return () => {
    unsubscribe();
    window.removeEventListener('online', online);
    window.clearInterval(storageTimer);
    void scheduler.stop(true);
  };
}
