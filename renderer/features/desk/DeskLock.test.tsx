// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { DeskMode } from './DeskMode';
import { useDesk } from './desk-store';

afterEach(() => {
  cleanup();
  useDesk.getState().lock();
});

function typePin(pin: string) {
  for (const d of pin) fireEvent.click(screen.getByTestId(`pad-${d}`));
  fireEvent.click(screen.getByTestId('pin-submit'));
}

describe('the desk lock screen', () => {
  it('says how many tries are left after a wrong PIN, and opens with the right one', async () => {
    renderKiosk(<DeskMode />, { locale: 'en' });
    fireEvent.click(await screen.findByTestId('volunteer-demo-zhang'));
    expect(screen.getByTestId('pin-display').textContent).toBe('Nothing typed yet');
    typePin('1234');
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Wrong PIN. 4 tries left.');
    typePin('2468');
    await waitFor(() => expect(useDesk.getState().volunteer?.id).toBe('demo-zhang'));
    expect((await screen.findByTestId('desk-volunteer')).textContent).toContain('On duty');
  });

  it('shows digits as dots, never the PIN', async () => {
    renderKiosk(<DeskMode />);
    fireEvent.click(await screen.findByTestId('volunteer-demo-li'));
    for (const d of '135') fireEvent.click(screen.getByTestId(`pad-${d}`));
    expect(screen.getByTestId('pin-display').textContent).toBe('●●●');
    expect(screen.getByTestId<HTMLButtonElement>('pin-submit').disabled).toBe(true);
  });
});
