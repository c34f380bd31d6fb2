import { Menu, app, powerMonitor, session, type BrowserWindow } from 'electron';
import { userInfo } from 'node:os';
import path from 'node:path';
import { KIOSK_BUILD } from './build-flags';
import { createCredentialStore } from './credential-store';
import { contentSecurityPolicy, hubOrigin } from './csp';
import { guardDownloads, writableRemovableDirs } from './diagnostics-download';
import { startIdleReports } from './idle-monitor';
import { registerIpcHandlers, sendEvent } from './ipc';
import { acquireSingleInstance, lockKiosk } from './kiosk-lock';
import { APP_ENTRY_URL } from './origin';
import { printTicket, printerSummaries } from './printer';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { superviseRenderer } from './recovery';
import { RENDERER_RELEASE_PUBLIC_KEY } from './release-key';
import { createRendererUpdater, scheduleUpdateChecks } from './renderer-update';
import { installSecurityGuards } from './security';
import {
  bootConfigFrom,
  loadKioskSettings,
  machineSettingsDir,
  saveReceiptPrinter,
} from './settings';
import { readSiteFile, removableMountPoints } from './site-file';
import { enableSystemSpeech } from './speech';
import { createMainWindow } from './window';

// Composition only: each part lives, and is tested, in its own module.

let mainWindow: BrowserWindow | null = null;
const mainContents = () =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;

app.enableSandbox();
registerAppScheme();
// Read-aloud on Linux speaks through speech-dispatcher, which Chromium uses only when asked.
enableSystemSpeech(app);

if (acquireSingleInstance(() => mainWindow)) {
  installSecurityGuards();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => {
    console.error('kiosk failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  const userData = app.getPath('userData');
  const settingsDirs = [userData, machineSettingsDir()];
  const settings = loadKioskSettings(settingsDirs);
  let receiptPrinter = settings.receiptPrinter;
  const credentials = createCredentialStore(userData);

  // The CSP lets the page reach the configured hub and the hub it enrolled with, nothing else.
  const enrolled = await credentials.get().catch(() => null);
  let enrolledHub = enrolled?.ok && enrolled.value ? hubOrigin(enrolled.value.hubUrl) : null;
  const configuredHub = hubOrigin(settings.hubUrl);
  const allowedHubs = () => [configuredHub, enrolledHub].filter((o): o is string => o !== null);

  // The installed renderer, or a verified newer one from the hub (renderer-update.ts).
  const updater = createRendererUpdater({
    bundlesDir: path.join(userData, 'renderer-bundles'),
    bundledRoot: path.join(app.getAppPath(), 'dist', 'renderer'),
    shellVersion: app.getVersion(),
    publicKeyPem: RENDERER_RELEASE_PUBLIC_KEY,
    credential: async () => {
      const reply = await credentials.get();
      return reply.ok ? reply.value : null;
    },
  });
  await updater.init().catch((error: unknown) => {
    console.error(`renderer bundles unreadable, serving the installed renderer: ${String(error)}`);
  });
  serveAppProtocol({
    rendererRoot: () => updater.root(),
    contentSecurityPolicy: () => contentSecurityPolicy(allowedHubs()),
    bootConfig: () => bootConfigFrom(settings),
  });

  mainWindow = createMainWindow({
    kioskBuild: KIOSK_BUILD,
    preloadPath: path.join(__dirname, 'preload.cjs'),
  });
  const win = mainWindow;
  win.on('closed', () => (mainWindow = null));
  guardDownloads(session.defaultSession, {
    saveDir: path.join(userData, 'diagnostics'),
    removableDirs: () => writableRemovableDirs(process.platform, userName()),
    onSaved: (saved) => sendEvent(mainContents(), 'diagnostics:saved', saved),
  });

  registerIpcHandlers(
    {
      'app:info': () => ({
        ok: true,
        value: {
          shell: 'electron',
          appVersion: app.getVersion(),
          electronVersion: process.versions.electron ?? null,
          chromeVersion: process.versions.chrome ?? null,
          kioskBuild: KIOSK_BUILD,
          renderer: updater.versions(),
          allowedHubOrigins: [...new Set(allowedHubs())],
        },
      }),
      'credential:get': () => credentials.get(),
      'credential:set': async (credential) => {
        const reply = await credentials.set(credential);
        if (reply.ok) enrolledHub = hubOrigin(credential.hubUrl);
        return reply;
      },
      'credential:clear': () => credentials.clear(),
      'print:ticket': (ticket) =>
        printTicket(ticket, {
          listPrinters: () => win.webContents.getPrintersAsync(),
          receiptPrinter,
        }),
      'printer:list': async () => ({
        ok: true,
        value: printerSummaries(await win.webContents.getPrintersAsync(), receiptPrinter),
      }),
      'printer:set': async ({ name }) => {
        await saveReceiptPrinter(settingsDirs, name);
        receiptPrinter = name;
        return { ok: true, value: null };
      },
      'renderer:idle-reset': async () => {
        const switching = await updater.idleReset();
        // Reply first, then load the new bundle: the page is on Home, nobody is mid-intake.
        if (switching) setTimeout(() => mainContents()?.reload(), 100);
        return { ok: true, value: { switching } };
      },
      'site-file:read': async () =>
        readSiteFile(await removableMountPoints(process.platform, userName())),
      'app:relaunch': () => {
        // Reply first, then go: the renderer awaits this answer.
        setTimeout(() => {
          app.relaunch();
          app.exit(0);
        }, 100);
        return { ok: true, value: null };
      },
    },
    mainContents,
  );

  superviseRenderer(win.webContents, {
    onFailure: () => {
      updater.rendererFailed().catch((error: unknown) => {
        console.error(`renderer fallback failed: ${String(error)}`);
      });
    },
  });
  lockKiosk(win, { kioskBuild: KIOSK_BUILD });
  startIdleReports({
    getIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    send: (report) => sendEvent(mainContents(), 'kiosk:idle', report),
  });

  scheduleUpdateChecks(updater);
  await win.loadURL(APP_ENTRY_URL);
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}
