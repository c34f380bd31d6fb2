// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../../shared/ipc';
import { getPlatform, resetPlatformForTests } from './index';
import { reportIdleReset } from './idle-reset';

afterEach(() => {
  resetPlatformForTests();
  delete (window as { kiosk?: KioskBridge }).kiosk;
});

describe('reportIdleReset', () => {
  it('tells Electron main, which may switch to a downloaded renderer', () => {
    const idleReset = vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { switching: true } }),
    );
    (window as { kiosk?: Partial<KioskBridge> }).kiosk = { idleReset };
    reportIdleReset();
    expect(idleReset).toHaveBeenCalledTimes(1);
  });

  it('is a no-op answer in the browser build, where Workbox applies updates', async () => {
    reportIdleReset();
    expect(await getPlatform().idleReset()).toEqual({ ok: true, value: { switching: false } });
    expect(await getPlatform().setReceiptPrinter('POS-80')).toEqual({
      ok: false,
      error: 'unsupported',
    });
  });

  it('swallows a failed call: the update waits for the next reset', async () => {
    const idleReset = vi.fn(() => Promise.reject(new Error('no handler')));
    (window as { kiosk?: Partial<KioskBridge> }).kiosk = { idleReset };
    expect(() => reportIdleReset()).not.toThrow();
    await Promise.resolve();
    expect(idleReset).toHaveBeenCalled();
  });
});
