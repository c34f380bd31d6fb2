import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  DiagnosticsSaved,
  EventChannel,
  InvokeChannel,
  IpcReply,
  KioskBridge,
  RequestOf,
  ValueOf,
} from '../shared/ipc';

/**
 * The sandboxed preload: it only forwards calls. Main parses every input, so nothing here trusts
 * the page, and only type imports from shared/ keep zod out of this bundle.
 */
function invoke<C extends InvokeChannel>(
  channel: C,
  ...input: RequestOf<C> extends undefined ? [] : [RequestOf<C>]
): Promise<IpcReply<ValueOf<C>>> {
  return ipcRenderer.invoke(channel, ...input) as Promise<IpcReply<ValueOf<C>>>;
}

const IDLE: EventChannel = 'kiosk:idle';
const SAVED: EventChannel = 'diagnostics:saved';

const bridge = {
  appInfo: () => invoke('app:info'),
  getCredential: () => invoke('credential:get'),
  setCredential: (credential) => invoke('credential:set', credential),
  clearCredential: () => invoke('credential:clear'),
  printTicket: (ticket) => invoke('print:ticket', ticket),
  listPrinters: () => invoke('printer:list'),
  readSiteFile: () => invoke('site-file:read'),
  relaunch: () => invoke('app:relaunch'),
  setReceiptPrinter: (name) => invoke('printer:set', { name }),
  idleReset: () => invoke('renderer:idle-reset'),
  onDiagnosticsSaved: (listener) => {
    const forward = (_event: IpcRendererEvent, saved: DiagnosticsSaved | null) => {
      if (typeof saved?.fileName === 'string') listener(saved);
    };
    ipcRenderer.on(SAVED, forward);
    return () => {
      ipcRenderer.removeListener(SAVED, forward);
    };
  },
  onIdle: (listener) => {
    // The Electron event never reaches the page: it carries the sender and ipcRenderer itself.
    const forward = (_event: IpcRendererEvent, report: { idleSeconds?: unknown } | null) => {
      if (typeof report?.idleSeconds === 'number') listener(report.idleSeconds);
    };
    ipcRenderer.on(IDLE, forward);
    return () => {
      ipcRenderer.removeListener(IDLE, forward);
    };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kiosk', bridge);
