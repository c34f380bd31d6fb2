// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from './App';
import type { KioskContextValue } from './kiosk-context';
import { replaceCatalogueStrings } from '../i18n';
import { FIRST_SERVICES, createFirstI18n } from './first-screen';
import { defaultCatalogue } from '../../shared/catalogue/default';
import { useSession } from '../features/session/session-store';
import { usePrefs, DEFAULT_PREFS } from '../features/accessibility/prefs-store';
import { useStoredSiteView } from '../content/use-site-view';

/**
 * The app as main.tsx first draws it: only the prompts' tiles and the Chinese UI strings. The
 * catalogue, the databases and English arrive after the first paint; nothing may break before.
 */
const FIRST: KioskContextValue = FIRST_SERVICES;

function firstDraw() {
  const i18n = createFirstI18n();
  const view = render(<App services={FIRST} i18n={i18n} />);
  // As main.tsx does once open-kiosk has loaded.
  const withCatalogue = () => {
    replaceCatalogueStrings(i18n, defaultCatalogue);
    view.rerender(<App services={{ ...FIRST, catalogue: defaultCatalogue }} i18n={i18n} />);
  };
  return { i18n, withCatalogue };
}

afterEach(() => {
  cleanup();
  useSession.getState().reset();
  usePrefs.setState(DEFAULT_PREFS);
  useStoredSiteView.setState({ stored: undefined, read: false });
});

describe('the first screen, before the catalogue and the databases', () => {
  it('draws all seven prompts from the tiles alone', () => {
    firstDraw();
    expect(screen.getAllByTestId(/^prompt-/)).toHaveLength(7);
    expect(screen.getByTestId('prompt-contract').textContent).toContain('合同签订来坐坐');
    // No demo room details flash up before the stored ones are read.
    expect(screen.getByTestId('room-name').textContent?.trim()).toBe('');
    expect(screen.queryByTestId('rota-today')).toBeNull();
  });

  it('shows the room details once they are read and the catalogue has come', () => {
    const { withCatalogue } = firstDraw();
    act(() => useStoredSiteView.setState({ read: true }));
    expect(screen.getByTestId('room-name').textContent).toContain('·');
    expect(screen.queryByTestId('theme')).toBeNull(); // the rota names services: needs the catalogue
    withCatalogue();
    expect(screen.getByTestId('theme')).toBeTruthy();
  });

  it('asks a resident who taps at once to wait, then shows the first question', () => {
    const { withCatalogue } = firstDraw();
    fireEvent.click(screen.getByTestId('prompt-contract'));
    expect(screen.getByTestId('kiosk-opening').textContent).toContain('请稍候');
    withCatalogue();
    expect(screen.queryByTestId('kiosk-opening')).toBeNull();
    expect(screen.getByText('这份合同现在到哪一步了？')).toBeTruthy();
  });

  it('fetches English on the first switch and then speaks it', async () => {
    const { i18n } = firstDraw();
    expect(i18n.hasResourceBundle('en', 'ui')).toBe(false);
    fireEvent.click(screen.getByTestId('language-switch'));
    // A UI string (fetched now) and a prompt's title (in the tiles from the start).
    expect(await screen.findByText('A legal question? Come and sit with us')).toBeTruthy();
    expect(screen.getByTestId('prompt-contract').textContent).toContain('Signing a contract?');
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // Back to Chinese: the prompts read as printed in the rooms again.
    await act(async () => {
      fireEvent.click(screen.getByTestId('language-switch'));
      await Promise.resolve();
    });
    expect(await screen.findByText('合同签订来坐坐', { exact: false })).toBeTruthy();
  });
});
