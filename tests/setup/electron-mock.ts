/**
 * The one stand-in for the `electron` module in unit tests (Electron's binary cannot be installed
 * here, and `require('electron')` outside Electron only returns a path anyway). Each test file
 * opts in with
 *
 *   vi.mock('electron', () => import('../tests/setup/electron-mock'));
 *
 * and then imports the same fakes from 'electron' or from this file. The fakes record what our
 * code asked of Electron and let a test play Electron's part (fire events, invoke a handler).
 * `resetElectronMock()` in `beforeEach` gives every test a clean slate.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  url = '';
  destroyed = false;
  mainFrame = new FakeFrame('');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly printCalls: { options: unknown }[] = [];
  /** What print() reports: [success, failureReason]. New web contents copy `printOutcome`. */
  static printOutcome: [boolean, string] = [true, ''];
  printResult: [boolean, string] = FakeWebContents.printOutcome;
  printers: {
    name: string;
    displayName: string;
    description: string;
    options: Record<string, string>;
  }[] = [];
  readonly setVisualZoomLevelLimits = vi.fn(() => Promise.resolve());
  readonly setZoomLevel = vi.fn();
  readonly reload = vi.fn();
  /**
   * As in Electron, killing the renderer reports `render-process-gone` (reason `killed`), and
   * asynchronously: after whatever the caller does next in the same turn (a reload(), say).
   */
  readonly forcefullyCrashRenderer = vi.fn(() => {
    queueMicrotask(() => {
      if (!this.destroyed) this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 });
    });
  });
  readonly loadURL = vi.fn((url: string) => {
    this.url = url;
    this.mainFrame.url = url;
    return Promise.resolve();
  });

  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  getPrintersAsync(): Promise<FakeWebContents['printers']> {
    return Promise.resolve(this.printers);
  }
  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printCalls.push({ options });
    callback(...this.printResult);
  }
  /**
   * Fire an event whose first argument is a preventable Electron event carrying `details` (as
   * `will-navigate` carries `url`); returns that event so a test can see if it was prevented.
   */
  fire(
    event: string,
    details: Record<string, unknown> = {},
    ...args: unknown[]
  ): { defaultPrevented: boolean } {
    const e = {
      ...details,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(event, e, ...args);
    return e;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  readonly removeMenu = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly setMenuBarVisibility = vi.fn();

  constructor(public readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  destroy(): void {
    this.close();
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userDataPath = '/tmp/living-room-kiosk-test-user-data';
  singleInstance = true;
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly relaunch = vi.fn();
  readonly setLoginItemSettings = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstance);
  getPath(_name: string): string {
    return this.userDataPath;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getAppPath(): string {
    return '/tmp/living-room-kiosk-test-app';
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}
export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Play the renderer: call a handler as `ipcRenderer.invoke` would, from `sender`. */
  invoke(channel: string, sender: FakeWebContents, ...args: unknown[]): Promise<unknown> {
    return this.invokeFromFrame(channel, sender, sender.mainFrame, ...args);
  }
  /** The same, from a given frame of `sender` (an iframe, say). */
  invokeFromFrame(
    channel: string,
    sender: FakeWebContents,
    senderFrame: FakeFrame | null,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(handler({ sender, senderFrame }, ...args));
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]) =>
    Promise.resolve<unknown>({ ok: true, value: null }),
  );
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

type PermissionRequestHandler = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  wc: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;
/** An EventEmitter, as Electron's Session is (`will-download` and friends). */
class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: Listener | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges?: Record<string, boolean> }[],
  ): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

/** Reversible stand-in for OS encryption, so tests can check the file holds no plain text. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  encryptString(plain: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a));
  },
  decryptString(encrypted: Buffer): string {
    if (!this.available) throw new Error('Decryption is not available.');
    return Buffer.from(encrypted.map((b) => b ^ 0x5a)).toString('utf8');
  },
};

export const powerMonitor = Object.assign(new EventEmitter(), {
  idleSeconds: 0,
  getSystemIdleTime(): number {
    return powerMonitor.idleSeconds;
  },
});

export const powerSaveBlocker = {
  started: [] as string[],
  start(type: string): number {
    this.started.push(type);
    return this.started.length;
  },
  stop: vi.fn(),
};

export const Menu = { setApplicationMenu: vi.fn() };

export function resetElectronMock(): void {
  BrowserWindow.instances.length = 0;
  FakeWebContents.printOutcome = [true, ''];
  app.removeAllListeners();
  app.isPackaged = false;
  app.singleInstance = true;
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockReset();
  contextBridge.exposed.clear();
  session.defaultSession = new FakeSession();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  powerMonitor.idleSeconds = 0;
  powerSaveBlocker.started.length = 0;
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  ipcMain,
  ipcRenderer,
  Menu,
  powerMonitor,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
};
