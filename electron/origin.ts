/**
 * The renderer's one origin inside Electron. It is decided once and never changes: IndexedDB,
 * the records nobody has synced yet included, is keyed by origin, so a new scheme or host would
 * open an empty database and orphan the old one (see docs/deploy.md).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
