import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  SETTINGS_FILE_NAME,
  bootConfigFrom,
  loadKioskSettings,
  machineSettingsDir,
  saveReceiptPrinter,
} from './settings';

const dir = (settings?: unknown) => {
  const d = mkdtempSync(path.join(tmpdir(), 'settings-'));
  if (settings !== undefined)
    writeFileSync(
      path.join(d, SETTINGS_FILE_NAME),
      typeof settings === 'string' ? settings : JSON.stringify(settings),
    );
  return d;
};

describe('loadKioskSettings', () => {
  it('reads the first settings file found, user folder before machine folder', () => {
    const user = dir({ hubUrl: 'https://hub.example.cn', receiptPrinter: 'POS-80' });
    const machine = dir({ hubUrl: 'https://other.example.cn' });
    expect(loadKioskSettings([user, machine], {})).toEqual({
      hubUrl: 'https://hub.example.cn',
      receiptPrinter: 'POS-80',
      demo: false,
    });
    expect(loadKioskSettings([dir(), machine], {}).hubUrl).toBe('https://other.example.cn');
  });

  it('lets the environment override the file', () => {
    const settings = loadKioskSettings([dir({ hubUrl: 'https://hub.example.cn' })], {
      KIOSK_HUB_URL: 'http://127.0.0.1:8787',
      KIOSK_DEMO: '1',
    });
    expect(settings).toMatchObject({ hubUrl: 'http://127.0.0.1:8787', demo: true });
  });

  it('falls back to defaults on a broken or invalid file', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(loadKioskSettings([dir('{not json')], {})).toEqual({ demo: false });
    expect(loadKioskSettings([dir({ hubUrl: 'javascript:alert(1)' })], {})).toEqual({
      demo: false,
    });
    warn.mockRestore();
  });

  it('refuses a plain-http district hub and says why, but keeps http on loopback', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(loadKioskSettings([dir({ hubUrl: 'http://10.0.0.5:8787' })], {})).toEqual({
      demo: false,
    });
    expect(String(warn.mock.calls[0]?.[0])).toContain('hubUrl (the hub must use https');
    warn.mockRestore();
    expect(loadKioskSettings([dir({ hubUrl: 'http://localhost:8787' })], {}).hubUrl).toBe(
      'http://localhost:8787',
    );
  });

  it('uses ProgramData on Windows and /etc elsewhere', () => {
    expect(machineSettingsDir('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\living-room-kiosk',
    );
    expect(machineSettingsDir('linux', {})).toBe('/etc/living-room-kiosk');
  });
});

describe('bootConfigFrom', () => {
  it('tells the renderer the hub, and the code only when one is set', () => {
    expect(bootConfigFrom({ hubUrl: 'https://hub.example.cn', demo: false })).toEqual({
      hubUrl: 'https://hub.example.cn',
      demo: false,
    });
    expect(bootConfigFrom({ enrollmentCode: 'DEMO-2026', demo: true })).toEqual({
      hubUrl: '',
      enrollmentCode: 'DEMO-2026',
      demo: true,
    });
  });
});

describe('saveReceiptPrinter', () => {
  it('keeps the printer in userData, starting from the machine file so the hub is kept', async () => {
    const user = dir();
    const machine = dir({ hubUrl: 'https://hub.example.cn' });
    await saveReceiptPrinter([user, machine], 'POS-80');
    expect(JSON.parse(readFileSync(path.join(user, SETTINGS_FILE_NAME), 'utf8'))).toEqual({
      hubUrl: 'https://hub.example.cn',
      receiptPrinter: 'POS-80',
    });
    expect(loadKioskSettings([user, machine], {})).toEqual({
      hubUrl: 'https://hub.example.cn',
      receiptPrinter: 'POS-80',
      demo: false,
    });
  });

  it('replaces the printer in an existing userData file and keeps the rest', async () => {
    const user = dir({ hubUrl: 'https://hub.example.cn', receiptPrinter: 'OLD', demo: false });
    await saveReceiptPrinter([user], 'EPSON TM-T82');
    expect(loadKioskSettings([user], {})).toEqual({
      hubUrl: 'https://hub.example.cn',
      receiptPrinter: 'EPSON TM-T82',
      demo: false,
    });
    expect(readdirSync(user)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('writes a file that loads even when the old one was broken', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = dir('{not json');
    await saveReceiptPrinter([user], 'POS-80');
    expect(loadKioskSettings([user], {})).toEqual({ receiptPrinter: 'POS-80', demo: false });
    warn.mockRestore();
  });
});
