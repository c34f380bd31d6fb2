// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { IDLE_MS, IDLE_RESET_EVENT, IdleGuard, WARN_MS } from './IdleGuard';
import { useSession } from '../session/session-store';
import { DEFAULT_PREFS, usePrefs } from '../accessibility/prefs-store';
import { createI18n } from '../../i18n';
import { defaultCatalogue } from '../../../shared/catalogue/default';

function renderGuard() {
  const i18n = createI18n({ catalogue: defaultCatalogue.strings });
  render(
    <I18nextProvider i18n={i18n}>
      <IdleGuard />
    </I18nextProvider>,
  );
}

/** Count the idle-reset events: the service worker and catalogue updates wait for them. */
function countResets() {
  const seen = { count: 0 };
  const listener = () => (seen.count += 1);
  window.addEventListener(IDLE_RESET_EVENT, listener);
  return { seen, stop: () => window.removeEventListener(IDLE_RESET_EVENT, listener) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useSession.getState().reset();
  usePrefs.setState(DEFAULT_PREFS);
});

describe('IdleGuard', () => {
  it('announces the idle reset on an untouched Home, quietly and without a warning', () => {
    const resets = countResets();
    usePrefs.setState({ largeText: true });
    renderGuard();
    act(() => {
      vi.advanceTimersByTime(IDLE_MS);
    });
    expect(resets.seen.count).toBe(1);
    expect(screen.queryByTestId('idle-warning')).toBeNull();
    expect(usePrefs.getState().largeText).toBe(false);
    // It keeps watching: another quiet period is another moment between residents.
    act(() => {
      vi.advanceTimersByTime(IDLE_MS);
    });
    expect(resets.seen.count).toBe(2);
    resets.stop();
  });

  it('warns a resident mid-intake first, and announces the reset only when time is up', () => {
    const resets = countResets();
    useSession.getState().choosePrompt('contract');
    renderGuard();
    act(() => {
      vi.advanceTimersByTime(IDLE_MS);
    });
    expect(screen.getByTestId('idle-warning')).toBeTruthy();
    expect(resets.seen.count).toBe(0);
    act(() => {
      vi.advanceTimersByTime(WARN_MS);
    });
    expect(resets.seen.count).toBe(1);
    expect(useSession.getState().screen).toBe('home');
    expect(screen.queryByTestId('idle-warning')).toBeNull();
    resets.stop();
  });
});
