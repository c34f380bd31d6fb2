import { afterEach, beforeEach, vi } from 'vitest';
import type { AppInfo, KioskBridge } from '../../shared/ipc';
import { resetPlatformForTests } from '../platform';

/** What the Electron shell says about itself, as a stand-in would; `extra` adds or overrides. */
export function electronAppInfo(extra: Partial<AppInfo> = {}): AppInfo {
  return {
    shell: 'electron',
    appVersion: '0.1.0',
    electronVersion: '45.5.0',
    chromeVersion: '140',
    kioskBuild: true,
    ...extra,
  };
}

/** Install a stand-in for Electron's preload bridge (`window.kiosk`) with just the calls a test needs. */
export function installShell(bridge: Partial<KioskBridge>): void {
  (window as { kiosk?: unknown }).kiosk = bridge;
  resetPlatformForTests();
}

/**
 * For a test file: every `fetch` fails as with no network and is recorded, so a test can say
 * that nothing was sent; the shell stand-in is removed after each test. Returns the record.
 */
export function withOfflineShell(): string[] {
  const fetched: string[] = [];
  beforeEach(() => {
    fetched.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        fetched.push(url);
        return Promise.reject(new TypeError('Failed to fetch'));
      }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (window as { kiosk?: unknown }).kiosk;
    resetPlatformForTests();
  });
  return fetched;
}
