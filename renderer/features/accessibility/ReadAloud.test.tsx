// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { ReadAloud } from './ReadAloud';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { usePrefs } from './prefs-store';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  usePrefs.getState().resetPrefs();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
});

describe('ReadAloud', () => {
  it('is hidden where the platform has no speech synthesis', () => {
    renderKiosk(<ReadAloud targetId="main" />);
    expect(screen.queryByRole('button', { name: /朗读/ })).toBeNull();
  });

  it('reads the main content in the current language, and stops on a second tap', () => {
    const spoken: { text: string; lang: string }[] = [];
    const synth = {
      speak: vi.fn((u: { text: string; lang: string }) =>
        spoken.push({ text: u.text, lang: u.lang }),
      ),
      cancel: vi.fn(),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(public text: string) {}
      },
    );
    document.body.innerHTML = '';
    const main = document.createElement('div');
    main.id = 'main';
    main.innerText = '合同签订来坐坐';
    document.body.append(main);
    usePrefs.getState().setLocale('zh-CN');
    renderKiosk(<ReadAloud targetId="main" />);
    fireEvent.click(screen.getByRole('button', { name: /朗读/ }));
    expect(spoken).toEqual([{ text: '合同签订来坐坐', lang: 'zh-CN' }]);
    expect(screen.getByRole('button', { name: /停止朗读/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: /停止朗读/ }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /朗读/ }).getAttribute('aria-pressed')).toBe('false');
  });
});
