/** Below either limit, the status line warns that the kiosk is running out of space. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;
export const LOW_SPACE_RATIO = 0.1;

export interface StorageHealth {
  /** Whether the browser promised not to evict our data; null where it cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
  lowSpace: boolean;
}

/** The part of `navigator.storage` we use (absent in old browsers and in Node). */
export type StorageLike = Pick<StorageManager, 'estimate'> &
  Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/** Low on space: less than 10% of the quota, or less than 50 MB, is left. */
export function isLowSpace(usage: number, quota: number): boolean {
  const free = Math.max(0, quota - usage);
  return free < LOW_SPACE_BYTES || free < quota * LOW_SPACE_RATIO;
}

/**
 * Ask the browser to keep our databases under storage pressure. Chromium grants it to installed
 * or engaged sites; Electron grants it. Without it, the intakes could be evicted before they sync.
 */
export async function requestPersistence(
  storage: StorageLike | undefined,
): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function checkStorage(
  storage: StorageLike | undefined,
  persisted: boolean | null,
): Promise<StorageHealth> {
  try {
    const estimate = storage ? await storage.estimate() : undefined;
    const usage = estimate?.usage ?? null;
    const quota = estimate?.quota ?? null;
    const lowSpace = usage !== null && quota !== null && isLowSpace(usage, quota);
    return { persisted, usage, quota, lowSpace };
  } catch {
    return { persisted, usage: null, quota: null, lowSpace: false };
  }
}
