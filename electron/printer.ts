import { BrowserWindow, type PrinterInfo } from 'electron';
import type { IpcReply, PrinterSummary, TicketPrint } from '../shared/ipc';

/**
 * Which printer takes tickets: the one named in the kiosk settings, or, when none is named, the
 * only printer there is. With several and none named we print nothing rather than guess: a
 * ticket on the office printer next door is worse than the number shown on screen.
 */
export function chooseReceiptPrinter(
  printers: readonly Pick<PrinterInfo, 'name'>[],
  configured: string | undefined,
): string | null {
  if (configured) return printers.some((p) => p.name === configured) ? configured : null;
  return printers.length === 1 ? (printers[0]?.name ?? null) : null;
}

export function printerSummaries(
  printers: readonly PrinterInfo[],
  configured: string | undefined,
): PrinterSummary[] {
  const receipt = chooseReceiptPrinter(printers, configured);
  return printers.map((p) => ({
    name: p.name,
    displayName: p.displayName || p.name,
    receipt: p.name === receipt,
  }));
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A queue ticket (取号凭条) as a page for an 80 mm roll. Every text is escaped. */
export function ticketHtml(ticket: TicketPrint): string {
  const lines = ticket.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>' +
    '@page{margin:0}body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;width:72mm;margin:0 auto;padding:3mm 0;color:#000}' +
    '.room{font-size:13pt;font-weight:bold;text-align:center}.number{font-size:40pt;font-weight:bold;text-align:center;margin:2mm 0}' +
    '.day{font-size:10pt;text-align:center}hr{border:0;border-top:1px dashed #000}p{font-size:10pt;margin:1mm 0}' +
    '</style></head><body>' +
    `<div class="room">${escapeHtml(ticket.roomName)}</div>` +
    `<div class="number">${escapeHtml(ticket.ticketNumber)}</div>` +
    `<div class="day">${escapeHtml(ticket.day)}</div><hr>${lines}</body></html>`
  );
}

export interface PrintDeps {
  listPrinters: () => Promise<PrinterInfo[]>;
  receiptPrinter: string | undefined;
}

/** Silent print in a hidden, script-less window; `no_printer` when there is no receipt printer. */
export async function printTicket(ticket: TicketPrint, deps: PrintDeps): Promise<IpcReply<null>> {
  const deviceName = chooseReceiptPrinter(await deps.listPrinters(), deps.receiptPrinter);
  if (deviceName === null) return { ok: false, error: 'no_printer' };

  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(ticketHtml(ticket))}`);
    const failure = await new Promise<string | null>((resolve) => {
      win.webContents.print(
        {
          silent: true,
          deviceName,
          printBackground: false,
          margins: { marginType: 'none' },
          usePrinterDefaultPageSize: true,
        },
        (success, reason) => resolve(success ? null : reason),
      );
    });
    if (failure !== null) {
      console.warn(`ticket print failed: ${failure}`);
      return { ok: false, error: 'print_failed' };
    }
    return { ok: true, value: null };
  } finally {
    win.destroy();
  }
}
