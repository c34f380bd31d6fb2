// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/ipc';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { RendererVersionRows } from './RendererVersionRows';

afterEach(cleanup);

const electron: AppInfo = {
  shell: 'electron',
  appVersion: '0.1.0',
  electronVersion: '45.5.0',
  chromeVersion: '140',
  kioskBuild: true,
  renderer: { running: '0.1.0', installed: '0.1.0', waiting: null, fellBackFrom: null },
};

function rows(app: AppInfo | null, locale: 'en' | 'zh-CN' = 'en') {
  renderKiosk(
    <dl>
      <RendererVersionRows app={app} />
    </dl>,
    { locale },
  );
  const text = (id: string) => screen.getByTestId(id).textContent;
  return {
    running: text('tech-renderer-running'),
    installed: text('tech-renderer-installed'),
    waiting: text('tech-renderer-waiting'),
    fallback: text('tech-renderer-fallback'),
  };
}

describe('the renderer version rows', () => {
  it('in Electron: the installed renderer runs, nothing waits, no fallback', () => {
    expect(rows(electron)).toEqual({
      running: '0.1.0',
      installed: '0.1.0',
      waiting: 'None',
      fallback: 'No',
    });
  });

  it('names a bundle waiting for the idle reset, and a fallback after a crash loop', () => {
    const renderer = {
      running: '0.1.0',
      installed: '0.1.0',
      waiting: '0.3.0',
      fellBackFrom: '0.2.0',
    };
    expect(rows({ ...electron, renderer })).toEqual({
      running: '0.1.0',
      installed: '0.1.0',
      waiting: '0.3.0',
      fallback: 'Yes: 0.2.0 kept crashing, so the kiosk went back to the installed screens',
    });
  });

  it('in the browser: the running build only, in plain words for the rest', () => {
    const web: AppInfo = {
      ...electron,
      shell: 'web',
      renderer: { running: '0.1.0', installed: null, waiting: null, fellBackFrom: null },
    };
    expect(rows(web, 'zh-CN')).toEqual({
      running: '0.1.0',
      installed: '浏览器版不使用',
      waiting: '没有',
      fallback: '否',
    });
  });

  it('says so when an older shell does not report them, and shows — before the answer', () => {
    const { renderer: _, ...older } = electron;
    expect(rows(older).running).toBe('Not reported by this app version');
    cleanup();
    expect(rows(null)).toEqual({ running: '—', installed: '—', waiting: '—', fallback: '—' });
  });
});
