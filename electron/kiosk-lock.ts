import { app, powerSaveBlocker, type BrowserWindow, type Input } from 'electron';

type KeyInput = Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'shift' | 'alt'>;

const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

/**
 * Keys the page must never act on. Zoom is blocked in every build (a zoomed kiosk has no way
 * back); devtools, reload and close keys only in kiosk builds, where developers are not at the
 * keyboard. Text size for residents is the app's own setting, not browser zoom.
 */
export function shouldSwallowKey(input: KeyInput, kioskBuild: boolean): boolean {
  const mod = input.control || input.meta;
  const key = input.key.toLowerCase();
  if (mod && (ZOOM_KEYS.has(input.key) || ZOOM_CODES.has(input.code))) return true;
  if (!kioskBuild) return false;
  if (input.key === 'F12' || input.key === 'F5') return true;
  if (mod && input.shift && ['i', 'j', 'c'].includes(key)) return true; // devtools
  if (mod && ['r', 'w', 'q'].includes(key)) return true; // reload, close tab/window, quit
  return false;
}

/** Locks one window down: no zoom, no stray keys, screen kept awake, app started at login. */
export function lockKiosk(win: BrowserWindow, { kioskBuild }: { kioskBuild: boolean }): void {
  const contents = win.webContents;
  // Pinch-zoom off; Ctrl+wheel zoom is undone as soon as it happens.
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('before-input-event', (event, input) => {
    if (shouldSwallowKey(input, kioskBuild)) event.preventDefault();
  });

  powerSaveBlocker.start('prevent-display-sleep');
  // Only a packaged app has a stable path to register; `npm start` must not add itself to login.
  // (A no-op on Linux, where the kiosk session starts the app: docs/deploy.md.)
  if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: true });
}

/**
 * One kiosk process per machine: a second launch (a double-click, an autostart racing the
 * session) quits and brings the running window forward. Returns false in the second process.
 */
export function acquireSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}
