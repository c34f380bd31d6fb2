/**
 * Whether this kiosk was locked by a remote wipe (docs/privacy.md, "A lost or stolen kiosk").
 * Kept in localStorage, not IndexedDB: it must survive the wipe of every database, be read
 * synchronously before the first screen (main.tsx), and stay out of the first download's Dexie.
 * It holds no personal data: a state and a time.
 *
 * - `wiping`: the hub said `device_lost`; the erase or its confirmation may not have finished
 *   (a power cut, no network): at start the kiosk erases again and retries the confirmation.
 * - `wiped`: erased and confirmed; the hub has revoked the credential. Nothing more to do.
 */
export type KioskLock = 'wiping' | 'wiped';

export const KIOSK_LOCK_KEY = 'kiosk-lock';

/** The part of Web Storage used here (injectable in tests, where there is no localStorage). */
export interface LockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readKioskLock(
  storage: LockStorage | undefined = browserStorage(),
): KioskLock | null {
  const value = storage?.getItem(KIOSK_LOCK_KEY) ?? null;
  return value === 'wiping' || value === 'wiped' ? value : null;
}

export function writeKioskLock(
  lock: KioskLock,
  storage: LockStorage | undefined = browserStorage(),
): void {
  storage?.setItem(KIOSK_LOCK_KEY, lock);
}

function browserStorage(): LockStorage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}
