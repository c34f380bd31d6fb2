/**
 * The service worker precaches the app shell so the kiosk starts with no network. Only over
 * http(s): Chromium's Cache API refuses custom schemes (electron/electron#35033), so under
 * Electron's app:// the protocol handler serves the bundle instead.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.hostname !== 'localhost' && location.hostname !== '127.0.0.1') return;
  if (import.meta.env.DEV) return;
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox('./sw.js');
    // A new version waits; it is applied at the next idle reset, never mid-intake.
    wb.addEventListener('waiting', () => {
      window.addEventListener('kiosk:idle-reset', () => wb.messageSkipWaiting(), { once: true });
    });
    return wb.register();
  });
}
