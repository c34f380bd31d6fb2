import { create } from '../../state/create-store';
import { clockNeedsAttention, offsetMinutes } from '../../sync/clock-offset';
import type { KioskSyncReporter } from '../../sync/start-kiosk-sync';
import type { StorageHealth } from '../../sync/storage-health';
import type { SyncFailureCode } from '../../sync/sync-failure';

/** What the status line needs to know about sync; the counts come from the database itself. */
export interface SyncStatus {
  syncing: boolean;
  lastSuccessAt: number | null;
  /** The last run's failure; null once a run succeeds. */
  lastError: SyncFailureCode | null;
  lastErrorAt: number | null;
  /** Kiosk clock minus hub clock (ms) at the last answer. */
  clockOffsetMs: number | null;
  storage: StorageHealth | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  syncing: false,
  lastSuccessAt: null,
  lastError: null,
  lastErrorAt: null,
  clockOffsetMs: null,
  storage: null,
};

export const useSyncStatus = create<SyncStatus>(() => INITIAL_SYNC_STATUS);

/** The sync loop reports here (wired in main.tsx). */
export const syncStatusReporter: KioskSyncReporter = {
  syncStarted: () => useSyncStatus.setState({ syncing: true }),
  syncSucceeded: (at) =>
    useSyncStatus.setState({ syncing: false, lastSuccessAt: at, lastError: null }),
  syncFailed: (code, at) =>
    useSyncStatus.setState({ syncing: false, lastError: code, lastErrorAt: at }),
  clockOffset: (offsetMs) => {
    const before = useSyncStatus.getState().clockOffsetMs;
    if (clockNeedsAttention(offsetMs) && !clockNeedsAttention(before))
      console.warn(`kiosk clock differs from the hub by about ${offsetMinutes(offsetMs)} min`);
    useSyncStatus.setState({ clockOffsetMs: offsetMs });
  },
  storage: (health) => useSyncStatus.setState({ storage: health }),
};
