import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptions {
  kioskBuild: boolean;
  preloadPath: string;
}

/**
 * The one window. Every web-facing switch is set explicitly, even where it is Electron's default,
 * so a reader (and the test) sees the whole security posture here.
 */
export function mainWindowOptions({
  kioskBuild,
  preloadPath,
}: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    // A developer build opens windowed so it can be closed; a kiosk build owns the screen.
    kiosk: kioskBuild,
    fullscreen: kioskBuild,
    width: 1280,
    height: 800,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !kioskBuild,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options));
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  return win;
}
