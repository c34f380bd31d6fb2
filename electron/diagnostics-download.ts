import type { Session } from 'electron';
import { constants } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { access, copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticsSaved } from '../shared/ipc';
import { APP_ORIGIN } from './origin';

/** As renderer/features/technician/diagnostics.ts names the bundle. */
const DIAGNOSTICS_FILE = /^kiosk-diagnostics-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/;
const DIAGNOSTICS_MAX_BYTES = 2 * 1024 * 1024;

/** The parts of Electron's DownloadItem this module uses. */
export interface DownloadLike {
  getFilename(): string;
  getMimeType(): string;
  getURL(): string;
  getTotalBytes(): number;
  setSavePath(file: string): void;
  once(event: 'done', listener: (event: unknown, state: string) => void): unknown;
}

/**
 * Only technician mode's diagnostic bundle may be downloaded: named as the panel names it, JSON,
 * small, and made by our own page (a blob: URL of app://kiosk). Everything else is cancelled.
 */
export function isDiagnosticsDownload(item: Omit<DownloadLike, 'setSavePath' | 'once'>): boolean {
  const mime = item.getMimeType().split(';')[0]?.trim() ?? '';
  return (
    DIAGNOSTICS_FILE.test(item.getFilename()) &&
    mime === 'application/json' &&
    item.getURL().startsWith(`blob:${APP_ORIGIN}/`) &&
    item.getTotalBytes() <= DIAGNOSTICS_MAX_BYTES
  );
}

export interface DownloadGuardOptions {
  /** userData/diagnostics: where the bundle is always saved first. */
  saveDir: string;
  /** Writable folders on removable media, best first; the bundle is copied to the first. */
  removableDirs: () => Promise<string[]>;
  onSaved: (saved: DiagnosticsSaved) => void;
}

/**
 * Downloads without a Save dialog: a dialog is a file browser, a way out of the kiosk. The save
 * path must be set inside the `will-download` handler (else Electron asks the user), so the
 * bundle goes to a fixed folder at once and, once complete, is copied to a USB stick if one is
 * plugged in. Any other download is cancelled.
 */
export function guardDownloads(session: Pick<Session, 'on'>, options: DownloadGuardOptions): void {
  session.on('will-download', (event, item) => {
    if (!isDiagnosticsDownload(item)) {
      event.preventDefault();
      console.warn('download refused: only the diagnostic bundle may be saved');
      return;
    }
    handleDiagnostics(item, options);
  });
}

export function handleDiagnostics(item: DownloadLike, options: DownloadGuardOptions): void {
  const fileName = item.getFilename();
  // Synchronous on purpose: the save path must be set before this handler returns.
  mkdirSync(options.saveDir, { recursive: true });
  const saved = path.join(options.saveDir, fileName);
  item.setSavePath(saved);
  item.once('done', (_event, state) => {
    if (state !== 'completed') {
      console.warn(`diagnostic bundle not saved (${state})`);
      return;
    }
    void copyToRemovable(saved, fileName, options).then(options.onSaved);
  });
}

async function copyToRemovable(
  saved: string,
  fileName: string,
  options: DownloadGuardOptions,
): Promise<DiagnosticsSaved> {
  for (const dir of await options.removableDirs().catch(() => [])) {
    try {
      await copyFile(saved, path.join(dir, fileName));
      return { fileName, folder: dir, removable: true };
    } catch {
      // Read-only or pulled out: try the next, else keep the copy in userData.
    }
  }
  return { fileName, folder: options.saveDir, removable: false };
}

/**
 * Writable USB sticks, as a Linux desktop mounts them for the user (`/media/<user>/<label>`,
 * `/run/media/<user>/<label>`). Windows drive letters do not tell a stick from a second disk
 * without WMI, so on Windows the bundle stays in userData/diagnostics.
 */
export async function writableRemovableDirs(
  platform: NodeJS.Platform,
  username: string,
  listDir: (dir: string) => Promise<string[]> = (dir) => readdir(dir),
  canWrite: (dir: string) => Promise<boolean> = (dir) =>
    access(dir, constants.W_OK).then(
      () => true,
      () => false,
    ),
): Promise<string[]> {
  if (platform !== 'linux' || username === '') return [];
  const found: string[] = [];
  for (const base of [`/media/${username}`, `/run/media/${username}`]) {
    let entries: string[];
    try {
      entries = (await listDir(base)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const dir = path.posix.join(base, entry);
      if (await canWrite(dir)) found.push(dir);
    }
  }
  return found;
}
