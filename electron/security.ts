import { app, session, type WebContents } from 'electron';
import { isTrustedOrigin, isTrustedUrl } from './trusted-url';

/**
 * The only permission our page gets: persistent storage, so Chromium never evicts the IndexedDB
 * holding intakes not yet synced. Camera, microphone, location, notifications and the rest: no.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isPermissionGranted(permission: string, requestingUrlOrOrigin: string): boolean {
  if (!GRANTED_PERMISSIONS.has(permission)) return false;
  return isTrustedOrigin(requestingUrlOrOrigin) || isTrustedUrl(requestingUrlOrOrigin);
}

/** Navigation, pop-up and webview blocks for one web contents: ours, and any Chromium makes. */
export function guardWebContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Installs the guards on every web contents ever created, and the session's permission gates. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  // WebHID, WebUSB, Web Serial: never.
  ses.setDevicePermissionHandler(() => false);
}
