import { canRegisterServiceWorker } from '../platform';
import { IDLE_RESET_EVENT } from '../features/idle/IdleGuard';

/**
 * The service worker precaches the app shell so the kiosk starts with no network (browser build
 * only: see canRegisterServiceWorker). A new version waits and is applied at the next idle
 * reset, never in the middle of a resident's intake.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !canRegisterServiceWorker()) return;
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox('./sw.js');
    // Once the new worker controls the page (just after an idle reset), load the new version.
    wb.addEventListener('controlling', () => window.location.reload());
    wb.addEventListener('waiting', () => {
      window.addEventListener(IDLE_RESET_EVENT, () => wb.messageSkipWaiting(), { once: true });
    });
    return wb.register();
  });
}
