import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../shared/ipc';
import { contextBridge, ipcRenderer } from '../tests/setup/electron-mock';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

let kiosk: KioskBridge;

beforeAll(async () => {
  await import('./preload');
  kiosk = contextBridge.exposed.get('kiosk') as KioskBridge;
});

describe('preload bridge', () => {
  it('exposes exactly the KioskBridge methods as window.kiosk', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['kiosk']);
    expect(Object.keys(kiosk).sort()).toEqual(
      [
        'appInfo',
        'clearCredential',
        'getCredential',
        'idleReset',
        'listPrinters',
        'onDiagnosticsSaved',
        'onIdle',
        'printTicket',
        'readSiteFile',
        'relaunch',
        'setCredential',
        'setReceiptPrinter',
      ].sort(),
    );
  });

  it('forwards each call to its channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: 'no_printer' });
    const ticket = { ticketNumber: 'A-001', day: '2026-11-29', roomName: 'R', lines: [] };
    expect(await kiosk.printTicket(ticket)).toEqual({ ok: false, error: 'no_printer' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('print:ticket', ticket);
    await kiosk.appInfo();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info');
    await kiosk.setReceiptPrinter('POS-80');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('printer:set', { name: 'POS-80' });
    await kiosk.idleReset();
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('renderer:idle-reset');
  });

  it('passes where a diagnostic bundle was saved, never the Electron event', () => {
    const seen: unknown[][] = [];
    const stop = kiosk.onDiagnosticsSaved((...args) => seen.push(args));
    const saved = {
      fileName: 'kiosk-diagnostics-2026-11-29-10-00-00.json',
      folder: '/media/k/USB',
      removable: true,
    };
    ipcRenderer.emit('diagnostics:saved', { sender: ipcRenderer }, saved);
    ipcRenderer.emit('diagnostics:saved', { sender: ipcRenderer }, null);
    stop();
    ipcRenderer.emit('diagnostics:saved', { sender: ipcRenderer }, saved);
    expect(seen).toEqual([[saved]]);
  });

  it('passes idle seconds, never the Electron event, until unsubscribed', () => {
    const seen: unknown[][] = [];
    const stop = kiosk.onIdle((...args) => seen.push(args));
    ipcRenderer.emit('kiosk:idle', { sender: ipcRenderer }, { idleSeconds: 30 });
    ipcRenderer.emit('kiosk:idle', { sender: ipcRenderer }, { idleSeconds: 'x' });
    stop();
    ipcRenderer.emit('kiosk:idle', { sender: ipcRenderer }, { idleSeconds: 31 });
    expect(seen).toEqual([[30]]);
  });
});
