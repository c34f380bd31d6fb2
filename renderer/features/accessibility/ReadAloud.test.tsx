// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { ReadAloud } from './ReadAloud';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { usePrefs } from './prefs-store';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  usePrefs.getState().resetPrefs();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
});

const ENGLISH = { name: 'English', lang: 'en-GB' };
const MANDARIN = { name: 'Mandarin', lang: 'cmn_CN' };

/** An utterance that keeps what it was given, as the page sets it up. */
function stubUtterance() {
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
}

/** A platform with speech whose voices arrive late, as Chromium's do. */
function lateVoices() {
  let voices: { name: string; lang: string }[] = [];
  const target = new EventTarget();
  const synth = Object.assign(target, {
    speak: vi.fn(),
    cancel: vi.fn(),
    getVoices: () => voices,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return (next: typeof voices) => {
    voices = next;
    target.dispatchEvent(new Event('voiceschanged'));
  };
}

describe('ReadAloud', () => {
  it('is hidden while there is no voice for the current language, shown once one arrives', () => {
    const voicesArrive = lateVoices();
    renderKiosk(<ReadAloud targetId="main" />);
    expect(screen.queryByTestId('read-aloud')).toBeNull();
    act(() => voicesArrive([ENGLISH]));
    expect(screen.queryByTestId('read-aloud')).toBeNull(); // English only: not for Chinese
    act(() => voicesArrive([ENGLISH, MANDARIN]));
    expect(screen.getByTestId('read-aloud')).toBeTruthy();
  });

  it('is hidden where the platform has no speech synthesis', () => {
    renderKiosk(<ReadAloud targetId="main" />);
    expect(screen.queryByRole('button', { name: /朗读/ })).toBeNull();
  });

  it('is shown on a Linux kiosk with only espeak-ng, and reads with its Mandarin voice', () => {
    const spoken: { lang: string; voice?: string }[] = [];
    const espeak = [
      { name: 'Afrikaans espeak-ng', lang: 'af' },
      { name: 'Chinese (Cantonese) espeak-ng', lang: 'yue' },
      { name: 'Chinese (Mandarin, latin as English) espeak-ng', lang: 'cmn' },
      { name: 'Chinese (Mandarin, latin as Pinyin) espeak-ng', lang: 'cmn-LATN-PINYIN' },
    ];
    const synth = {
      speak: vi.fn((u: { lang: string; voice?: { name: string } }) =>
        spoken.push({ lang: u.lang, voice: u.voice?.name }),
      ),
      cancel: vi.fn(),
      getVoices: () => espeak,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    stubUtterance();
    renderKiosk(<ReadAloud targetId="main" />);
    fireEvent.click(screen.getByTestId('read-aloud'));
    expect(spoken).toEqual([
      { lang: 'zh-CN', voice: 'Chinese (Mandarin, latin as Pinyin) espeak-ng' },
    ]);
  });

  it('reads the main content in the current language, and stops on a second tap', () => {
    const spoken: { text: string; lang: string; voice?: string }[] = [];
    const synth = {
      speak: vi.fn((u: { text: string; lang: string; voice?: { name: string } }) =>
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      ),
      cancel: vi.fn(),
      getVoices: () => [ENGLISH, MANDARIN],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    stubUtterance();
    document.body.innerHTML = '';
    const main = document.createElement('div');
    main.id = 'main';
    main.innerText = '合同签订来坐坐';
    document.body.append(main);
    usePrefs.getState().setLocale('zh-CN');
    renderKiosk(<ReadAloud targetId="main" />);
    fireEvent.click(screen.getByRole('button', { name: /朗读/ }));
    expect(spoken).toEqual([{ text: '合同签订来坐坐', lang: 'zh-CN', voice: 'Mandarin' }]);
    expect(screen.getByRole('button', { name: /停止朗读/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: /停止朗读/ }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /朗读/ }).getAttribute('aria-pressed')).toBe('false');
  });
});
