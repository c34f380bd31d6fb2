import type { IpcReply } from '../../shared/ipc';
import type { SiteFile } from '../../shared/site-file';
import { getPlatform } from './index';

/**
 * The site file names the receipt printer: have the shell keep it (Electron writes it to
 * kiosk-settings.json in userData, used from the next ticket on). Null when the file names none.
 * The browser build answers `unsupported`; the wizard still shows the name either way.
 */
export async function keepSiteFilePrinter(file: SiteFile): Promise<IpcReply<null> | null> {
  if (!file.printer) return null;
  return getPlatform()
    .setReceiptPrinter(file.printer)
    .catch((): IpcReply<null> => ({ ok: false, error: 'internal' }));
}
