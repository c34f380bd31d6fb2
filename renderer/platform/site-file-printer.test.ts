// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../../shared/ipc';
import { resetPlatformForTests } from './index';
import { keepSiteFilePrinter } from './site-file-printer';

afterEach(() => {
  resetPlatformForTests();
  delete (window as { kiosk?: KioskBridge }).kiosk;
});

const file = { hubUrl: 'https://hub.example.cn', enrollmentCode: 'ABCD-EFGH' };

describe('keepSiteFilePrinter', () => {
  it('asks Electron to keep the printer the site file names', async () => {
    const setReceiptPrinter = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    (window as { kiosk?: Partial<KioskBridge> }).kiosk = { setReceiptPrinter };
    expect(await keepSiteFilePrinter({ ...file, printer: 'POS-80' })).toEqual({
      ok: true,
      value: null,
    });
    expect(setReceiptPrinter).toHaveBeenCalledWith('POS-80');
  });

  it('does nothing when the file names no printer', async () => {
    const setReceiptPrinter = vi.fn();
    (window as { kiosk?: Partial<KioskBridge> }).kiosk = { setReceiptPrinter };
    expect(await keepSiteFilePrinter(file)).toBeNull();
    expect(setReceiptPrinter).not.toHaveBeenCalled();
  });

  it('answers unsupported in the browser build', async () => {
    expect(await keepSiteFilePrinter({ ...file, printer: 'POS-80' })).toEqual({
      ok: false,
      error: 'unsupported',
    });
  });
});
