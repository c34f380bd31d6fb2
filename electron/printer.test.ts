import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, FakeWebContents, resetElectronMock } from '../tests/setup/electron-mock';
import { chooseReceiptPrinter, printTicket, printerSummaries, ticketHtml } from './printer';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const ticket = {
  ticketNumber: 'A-007',
  day: '2026-11-29',
  roomName: '徐家汇街道公共法律服务客厅',
  lines: ['请在座位上稍候', '叫号后到 2 号桌'],
};
const printer = (name: string) => ({ name, displayName: name, description: '', options: {} });

beforeEach(() => {
  resetElectronMock();
});

describe('chooseReceiptPrinter', () => {
  it('uses the configured printer when it is there', () => {
    expect(chooseReceiptPrinter([printer('Office'), printer('POS-80')], 'POS-80')).toBe('POS-80');
  });

  it('prints nowhere when the configured printer is missing', () => {
    expect(chooseReceiptPrinter([printer('Office')], 'POS-80')).toBeNull();
  });

  it('uses the only printer when none is configured, and refuses to guess among several', () => {
    expect(chooseReceiptPrinter([printer('POS-80')], undefined)).toBe('POS-80');
    expect(chooseReceiptPrinter([printer('Office'), printer('POS-80')], undefined)).toBeNull();
    expect(chooseReceiptPrinter([], undefined)).toBeNull();
  });

  it('marks the receipt printer in the list', () => {
    expect(
      printerSummaries([printer('Office'), printer('POS-80')], 'POS-80').map((p) => p.receipt),
    ).toEqual([false, true]);
  });
});

describe('ticketHtml', () => {
  it('shows the room, the number, the day and every line', () => {
    const html = ticketHtml(ticket);
    for (const text of [ticket.roomName, 'A-007', '2026-11-29', ...ticket.lines])
      expect(html).toContain(text);
  });

  it('escapes text so a line cannot inject markup', () => {
    const html = ticketHtml({ ...ticket, lines: ['<img src=x onerror=alert(1)>'] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('printTicket', () => {
  it('answers no_printer and opens no window when there is no printer', async () => {
    expect(
      await printTicket(ticket, {
        listPrinters: () => Promise.resolve([]),
        receiptPrinter: undefined,
      }),
    ).toEqual({ ok: false, error: 'no_printer' });
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('prints silently to the receipt printer from a hidden, script-less window, then closes it', async () => {
    const reply = await printTicket(ticket, {
      listPrinters: () => Promise.resolve([printer('POS-80')]),
      receiptPrinter: undefined,
    });
    expect(reply).toEqual({ ok: true, value: null });
    const win = BrowserWindow.instances[0];
    expect(win?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true },
    });
    expect(win?.webContents.getURL()).toMatch(/^data:text\/html/);
    expect(win?.webContents.printCalls[0]?.options).toMatchObject({
      silent: true,
      deviceName: 'POS-80',
    });
    expect(win?.isDestroyed()).toBe(true);
  });

  it('reports a failed print and still closes the window', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    FakeWebContents.printOutcome = [false, 'Printer is out of paper'];
    const reply = await printTicket(ticket, {
      listPrinters: () => Promise.resolve([printer('POS-80')]),
      receiptPrinter: 'POS-80',
    });
    expect(reply).toEqual({ ok: false, error: 'print_failed' });
    expect(BrowserWindow.instances[0]?.isDestroyed()).toBe(true);
    warn.mockRestore();
  });
});
