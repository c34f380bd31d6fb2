import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticsSaved } from '../shared/ipc';
import { resetElectronMock, session } from '../tests/setup/electron-mock';
import {
  guardDownloads,
  isDiagnosticsDownload,
  writableRemovableDirs,
} from './diagnostics-download';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const NAME = 'kiosk-diagnostics-2026-11-29-10-15-00.json';

/** Plays Electron's DownloadItem: setSavePath records the path, `finish` writes it and says done. */
class FakeDownload extends EventEmitter {
  savePath: string | null = null;
  constructor(
    private readonly details: { name?: string; mime?: string; url?: string; bytes?: number } = {},
  ) {
    super();
  }
  getFilename = () => this.details.name ?? NAME;
  getMimeType = () => this.details.mime ?? 'application/json';
  getURL = () => this.details.url ?? 'blob:app://kiosk/0b6c5c2e-6f5e-4a8a-9a43-2f7b4c1d9e11';
  getTotalBytes = () => this.details.bytes ?? 512;
  setSavePath = (file: string) => {
    this.savePath = file;
  };
  finish(state = 'completed', content = '{"format":"living-room-kiosk-diagnostics"}') {
    if (this.savePath && state === 'completed') writeFileSync(this.savePath, content);
    this.emit('done', {}, state);
  }
}

function download(item: FakeDownload): { defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  session.defaultSession.emit('will-download', event, item, {});
  return event;
}

let userData: string;
let saved: DiagnosticsSaved[];
let usb: string[];

beforeEach(() => {
  resetElectronMock();
  userData = mkdtempSync(path.join(tmpdir(), 'kiosk-downloads-'));
  saved = [];
  usb = [];
  guardDownloads(session.defaultSession as never, {
    saveDir: path.join(userData, 'diagnostics'),
    removableDirs: () => Promise.resolve(usb),
    onSaved: (s) => saved.push(s),
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('diagnostic bundle download', () => {
  it('saves the bundle into userData/diagnostics without a dialog and says where', async () => {
    const item = new FakeDownload();
    expect(download(item).defaultPrevented).toBe(false);
    // Set inside the handler: Electron shows its Save dialog whenever no path is set.
    expect(item.savePath).toBe(path.join(userData, 'diagnostics', NAME));
    item.finish();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      fileName: NAME,
      folder: path.join(userData, 'diagnostics'),
      removable: false,
    });
  });

  it('copies it to the first writable USB stick when one is plugged in', async () => {
    const stick = mkdtempSync(path.join(tmpdir(), 'usb-'));
    usb = [path.join(stick, 'gone'), stick];
    const item = new FakeDownload();
    download(item);
    item.finish();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ fileName: NAME, folder: stick, removable: true });
    expect(readFileSync(path.join(stick, NAME), 'utf8')).toContain('living-room-kiosk-diagnostics');
  });

  it('reports nothing for a download that did not complete', async () => {
    const item = new FakeDownload();
    download(item);
    item.finish('interrupted');
    await new Promise((r) => setTimeout(r, 20));
    expect(saved).toEqual([]);
  });

  it.each([
    ['another file name', { name: 'setup.exe' }],
    ['a name that walks out', { name: '../kiosk-diagnostics-2026-11-29-10-15-00.json' }],
    ['another type', { mime: 'application/octet-stream' }],
    ['a remote page', { url: 'https://evil.example/kiosk-diagnostics-2026-11-29-10-15-00.json' }],
    ['a blob of another origin', { url: 'blob:https://evil.example/0b6c5c2e' }],
    ['a huge file', { bytes: 50 * 1024 * 1024 }],
  ])('cancels %s, with no dialog and nothing saved', (_what, details) => {
    const item = new FakeDownload(details);
    expect(download(item).defaultPrevented).toBe(true);
    expect(item.savePath).toBeNull();
    expect(existsSync(path.join(userData, 'diagnostics'))).toBe(false);
  });

  it('accepts the name the technician panel gives, with a charset on the type', () => {
    expect(
      isDiagnosticsDownload(new FakeDownload({ mime: 'application/json; charset=utf-8' })),
    ).toBe(true);
  });
});

describe('writableRemovableDirs', () => {
  it("lists the user's writable mounted media on Linux, and none on Windows", async () => {
    const list = (dir: string) =>
      dir === '/media/kiosk'
        ? Promise.resolve(['USB-B', 'USB-A'])
        : Promise.reject(new Error('ENOENT'));
    const canWrite = (dir: string) => Promise.resolve(dir !== '/media/kiosk/USB-B');
    expect(await writableRemovableDirs('linux', 'kiosk', list, canWrite)).toEqual([
      '/media/kiosk/USB-A',
    ]);
    expect(await writableRemovableDirs('win32', 'kiosk', list, canWrite)).toEqual([]);
  });
});
