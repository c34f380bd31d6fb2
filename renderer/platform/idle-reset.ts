import { getPlatform } from './index';

/**
 * Tell the shell that the kiosk just reset after idling: nobody is mid-intake. Inside Electron,
 * main may switch app:// to a downloaded, verified renderer and reload the page
 * (electron/renderer-update.ts); the browser build answers "no switch", since Workbox applies its
 * waiting worker on the same reset (app/service-worker.ts). Fire and forget: a refusal only means
 * the update waits for the next reset.
 */
export function reportIdleReset(): void {
  getPlatform()
    .idleReset()
    .catch(() => undefined);
}
