import { describe, expect, it } from 'vitest';
import {
  AppInfo,
  DeviceCredential,
  INVOKE_CHANNELS,
  INVOKE_CHANNEL_NAMES,
  KioskBootConfig,
  TicketPrint,
  replySchema,
} from './ipc';

const credential = { hubUrl: 'https://hub.example.cn', deviceId: 'dev-01', secret: 's'.repeat(32) };
const ticket = {
  ticketNumber: 'A-007',
  day: '2026-11-29',
  roomName: '徐家汇街道客厅',
  lines: ['请稍候'],
};

describe('IPC channel list', () => {
  it('lists every channel the kiosk uses', () => {
    expect(INVOKE_CHANNEL_NAMES.sort()).toEqual(
      [
        'app:info',
        'app:relaunch',
        'credential:clear',
        'credential:get',
        'credential:set',
        'printer:list',
        'printer:set',
        'print:ticket',
        'renderer:idle-reset',
        'site-file:read',
      ].sort(),
    );
  });

  it('rejects an argument on channels that take none', () => {
    expect(INVOKE_CHANNELS['app:info'].request.safeParse(undefined).success).toBe(true);
    expect(INVOKE_CHANNELS['app:info'].request.safeParse({}).success).toBe(false);
  });
});

describe('AppInfo', () => {
  const info = {
    shell: 'electron',
    appVersion: '0.1.0',
    electronVersion: '45.5.0',
    chromeVersion: '140',
    kioskBuild: true,
  };
  const renderer = { running: '0.2.0', installed: '0.1.0', waiting: '0.3.0', fellBackFrom: null };

  it('carries the renderer versions, and still reads an older shell that sends none', () => {
    expect(AppInfo.parse({ ...info, renderer })).toEqual({ ...info, renderer });
    expect(AppInfo.parse(info)).toEqual(info);
  });

  it('refuses renderer versions without the running one', () => {
    expect(AppInfo.safeParse({ ...info, renderer: { ...renderer, running: '' } }).success).toBe(
      false,
    );
  });
});

describe('DeviceCredential', () => {
  it('accepts an enrolled device', () => {
    expect(DeviceCredential.parse(credential)).toEqual(credential);
  });

  it.each([
    ['a relative hub', { ...credential, hubUrl: '/api' }],
    ['an empty hub', { ...credential, hubUrl: '' }],
    ['a javascript: hub', { ...credential, hubUrl: 'javascript:alert(1)' }],
    ['a hub with user info', { ...credential, hubUrl: 'https://u:p@hub.example.cn' }],
    ['a plain-http district hub', { ...credential, hubUrl: 'http://hub.example.cn' }],
    ['a short secret', { ...credential, secret: 'short' }],
    ['a device id with a slash', { ...credential, deviceId: '../x' }],
  ])('rejects %s', (_name, value) => {
    expect(DeviceCredential.safeParse(value).success).toBe(false);
  });
});

describe('TicketPrint', () => {
  it('accepts 12 lines of 80 characters', () => {
    expect(
      TicketPrint.safeParse({ ...ticket, lines: Array(12).fill('字'.repeat(80)) }).success,
    ).toBe(true);
  });

  it('rejects a 13th line or an 81st character', () => {
    expect(TicketPrint.safeParse({ ...ticket, lines: Array(13).fill('x') }).success).toBe(false);
    expect(TicketPrint.safeParse({ ...ticket, lines: ['x'.repeat(81)] }).success).toBe(false);
  });

  it('rejects a ticket number formatTicket would not write', () => {
    expect(TicketPrint.safeParse({ ...ticket, ticketNumber: '<b>7</b>' }).success).toBe(false);
  });
});

describe('replies', () => {
  const reply = replySchema(INVOKE_CHANNELS['credential:get'].value);

  it('strips fields outside the schema so nothing extra crosses the bridge', () => {
    const parsed = reply.parse({ ok: true, value: { ...credential, keychainPath: '/secret' } });
    expect(parsed).toEqual({ ok: true, value: credential });
  });

  it('accepts only the fixed error codes', () => {
    expect(reply.safeParse({ ok: false, error: 'no_printer' }).success).toBe(true);
    expect(reply.safeParse({ ok: false, error: 'ENOENT: /home/x' }).success).toBe(false);
  });
});

describe('KioskBootConfig', () => {
  it('accepts the demo config with a same-origin hub', () => {
    expect(
      KioskBootConfig.parse({ hubUrl: '', enrollmentCode: 'DEMO-2026', demo: true }).hubUrl,
    ).toBe('');
  });
});
