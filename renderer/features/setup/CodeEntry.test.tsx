// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../../../shared/ipc';
import type { Locale } from '../../../shared/catalogue/schema';
import { resetPlatformForTests } from '../../platform';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { CodeEntry } from './CodeEntry';

/** Electron's preload bridge, played by a stand-in: a USB stick holding `siteFile`. */
function stickWith(siteFile: unknown) {
  const bridge: Pick<KioskBridge, 'readSiteFile'> = {
    readSiteFile: () => Promise.resolve({ ok: true, value: JSON.stringify(siteFile) }),
  };
  (window as { kiosk?: unknown }).kiosk = bridge;
  resetPlatformForTests();
}

afterEach(() => {
  cleanup();
  delete (window as { kiosk?: unknown }).kiosk;
  resetPlatformForTests();
});

async function readStick(locale: Locale) {
  const onSiteFile = vi.fn();
  renderKiosk(<CodeEntry code="" onCode={() => undefined} onSiteFile={onSiteFile} />, { locale });
  fireEvent.click(screen.getByTestId('site-file-read'));
  const error = (await screen.findByTestId('site-file-error')).textContent;
  return { error, onSiteFile };
}

describe('reading the site file', () => {
  it('asks for the https:// address when the file names a plain-http hub, changing nothing', async () => {
    stickWith({ hubUrl: 'http://10.0.0.5:8787', enrollmentCode: 'ABCD-EFGH' });
    const en = await readStick('en');
    expect(en.error).toContain('starts with http://');
    expect(en.error).toContain('must start with https://');
    expect(en.onSiteFile).not.toHaveBeenCalled();
    cleanup();

    const zh = await readStick('zh-CN');
    expect(zh.error).toContain('必须以 https:// 开头');
  });

  it('keeps the general message for a file with a wrong field', async () => {
    stickWith({ hubUrl: 'https://hub.sf.xuhui.example', enrollmentCode: 'ABCD-EFGH', printr: 'x' });
    const { error } = await readStick('en');
    expect(error).toContain('missing, misspelt or wrong field');
    expect(error).not.toContain('https://');
  });
});
