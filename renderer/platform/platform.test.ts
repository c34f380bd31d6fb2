// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../../shared/ipc';
import { absoluteHubUrl, loadBootConfig } from './boot-config';
import { onDomIdle } from './dom-idle';
import { canRegisterServiceWorker, getPlatform, resetPlatformForTests } from './index';

afterEach(() => {
  resetPlatformForTests();
  delete (window as { kiosk?: KioskBridge }).kiosk;
});

describe('getPlatform', () => {
  it('uses the Electron bridge when the preload exposed one', async () => {
    const printTicket = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    (window as { kiosk?: Partial<KioskBridge> }).kiosk = { printTicket };
    const platform = getPlatform();
    expect(platform.shell).toBe('electron');
    await platform.printTicket({
      ticketNumber: 'A-001',
      day: '2026-11-29',
      roomName: 'R',
      lines: [],
    });
    expect(printTicket).toHaveBeenCalled();
  });

  it('falls back to the web bridge in a browser', async () => {
    const platform = getPlatform();
    expect(platform.shell).toBe('web');
    expect(
      await platform.printTicket({
        ticketNumber: 'A-001',
        day: '2026-11-29',
        roomName: 'R',
        lines: [],
      }),
    ).toEqual({ ok: false, error: 'no_printer' });
    expect(await platform.listPrinters()).toEqual({ ok: true, value: [] });
    expect(await platform.readSiteFile()).toEqual({ ok: false, error: 'unsupported' });
    const info = await platform.appInfo();
    expect(info.ok && info.value).toMatchObject({
      shell: 'web',
      kioskBuild: false,
      electronVersion: null,
    });
    expect(info.ok && info.value.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    // The running build's version; no installed, waiting or fallen-back bundles in a browser.
    expect(info.ok && info.value.renderer).toEqual({
      running: info.ok && info.value.appVersion,
      installed: null,
      waiting: null,
      fellBackFrom: null,
    });
  });
});

describe('onDomIdle', () => {
  it('counts seconds since the last input the page saw', () => {
    let clock = 0;
    let tick = () => {};
    const seen: number[] = [];
    const stop = onDomIdle((s) => seen.push(s), {
      now: () => clock,
      setInterval: (fn) => (tick = fn),
      clearInterval: () => {},
    });
    clock = 1_000;
    tick();
    clock = 2_500;
    tick();
    window.dispatchEvent(new Event('pointerdown'));
    tick();
    stop();
    window.dispatchEvent(new Event('keydown'));
    expect(seen).toEqual([1, 2, 0]);
  });
});

describe('boot config', () => {
  it('reads and validates kiosk-config.json', async () => {
    const ok = vi.fn(() =>
      Promise.resolve(new Response('{"hubUrl":"","enrollmentCode":"DEMO-2026","demo":true}')),
    );
    expect(await loadBootConfig(ok as typeof fetch)).toEqual({
      hubUrl: '',
      enrollmentCode: 'DEMO-2026',
      demo: true,
    });
  });

  it('says null when it is missing, unreachable or invalid', async () => {
    expect(
      await loadBootConfig(() => Promise.resolve(new Response('', { status: 404 }))),
    ).toBeNull();
    expect(await loadBootConfig(() => Promise.reject(new TypeError('offline')))).toBeNull();
    expect(
      await loadBootConfig(() =>
        Promise.resolve(new Response('{"hubUrl":"javascript:x","demo":true}')),
      ),
    ).toBeNull();
  });

  it('turns the same-origin hub into an absolute URL before it is stored', () => {
    expect(absoluteHubUrl('', 'http://localhost:5174/index.html')).toBe('http://localhost:5174');
    expect(absoluteHubUrl('https://hub.example.cn/', 'app://kiosk/index.html')).toBe(
      'https://hub.example.cn',
    );
  });
});

describe('canRegisterServiceWorker', () => {
  it('is false on app:// where Chromium refuses the Cache API', () => {
    expect(canRegisterServiceWorker({ protocol: 'app:' })).toBe(false);
  });
});
