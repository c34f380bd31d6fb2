// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderKiosk } from '../../test-utils/render-kiosk';
import type { ContentDb } from '../../db/content-db';
import { hashPin, PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import type { HubVolunteerRoster, Volunteer } from '../../../shared/desk/volunteers';
import { DeskMode } from './DeskMode';
import { useDesk } from './desk-store';
import { ROSTER_KEY } from './volunteer-roster';

let zhang: Volunteer;
let li: Volunteer;
beforeAll(async () => {
  const pin = (p: string) => hashPin(p, { iterations: PIN_MIN_ITERATIONS });
  zhang = { id: 'demo-zhang', name: '张志愿者', pin: await pin('2468') };
  li = { id: 'li-ming', name: '李明', pin: await pin('1357') };
});

afterEach(() => {
  cleanup();
  useDesk.getState().lock();
});

/** Store a roster the way the pull stores the hub's `volunteers` change. */
async function hubRoster(content: ContentDb, volunteers: Volunteer[]): Promise<void> {
  const value: HubVolunteerRoster = { demo: false, volunteers };
  await act(() => content.content.put({ key: ROSTER_KEY, value, updatedAt: '' }));
}

function typePin(pin: string) {
  for (const d of pin) fireEvent.click(screen.getByTestId(`pad-${d}`));
  fireEvent.click(screen.getByTestId('pin-submit'));
}

describe('the desk lock screen', () => {
  it('says how many tries are left after a wrong PIN, and opens with the right one', async () => {
    const { services } = renderKiosk(<DeskMode />, { locale: 'en' });
    await hubRoster(services.content, [zhang, li]);
    fireEvent.click(await screen.findByTestId('volunteer-demo-zhang'));
    expect(screen.getByTestId('pin-display').textContent).toBe('Nothing typed yet');
    typePin('1234');
    expect((await screen.findByTestId('pin-error')).textContent).toBe('Wrong PIN. 4 tries left.');
    typePin('2468');
    await waitFor(() => expect(useDesk.getState().volunteer?.id).toBe('demo-zhang'));
    expect((await screen.findByTestId('desk-volunteer')).textContent).toContain('On duty');
  });

  it('shows digits as dots, never the PIN', async () => {
    const { services } = renderKiosk(<DeskMode />);
    await hubRoster(services.content, [zhang, li]);
    fireEvent.click(await screen.findByTestId('volunteer-li-ming'));
    for (const d of '135') fireEvent.click(screen.getByTestId(`pad-${d}`));
    expect(screen.getByTestId('pin-display').textContent).toBe('●●●');
    expect(screen.getByTestId<HTMLButtonElement>('pin-submit').disabled).toBe(true);
  });

  it('on a kiosk that is not a demo and has no roster yet, says whom to ask, and offers nobody', async () => {
    renderKiosk(<DeskMode />, { locale: 'en' });
    expect((await screen.findByTestId('desk-roster-problem')).textContent).toBe(
      'No volunteer list has come from the district hub yet, so nobody can open the desk. Please ask the technician or the district hub.',
    );
    expect(screen.queryByTestId('volunteer-demo-zhang')).toBeNull();
  });

  it('an empty roster from the hub means nobody can open the desk, in plain words', async () => {
    const { services } = renderKiosk(<DeskMode />);
    await hubRoster(services.content, []);
    expect((await screen.findByTestId('desk-roster-problem')).textContent).toBe(
      '区里的名单上这个客厅没有值班人员，暂时无法进入前台。请联系技术人员或区里的管理员添加。',
    );
  });

  it('a damaged roster does not break the screen: it says so', async () => {
    const { services } = renderKiosk(<DeskMode />, { locale: 'en' });
    await act(() =>
      services.content.content.put({ key: ROSTER_KEY, value: { volunteers: 7 }, updatedAt: '' }),
    );
    expect((await screen.findByTestId('desk-roster-problem')).textContent).toMatch(
      /cannot be read/,
    );
    expect(screen.getByTestId('desk-exit')).toBeTruthy();
  });

  it('a volunteer the hub removes disappears from the lock screen and loses an open desk', async () => {
    const { services } = renderKiosk(<DeskMode />, { locale: 'en' });
    await hubRoster(services.content, [zhang, li]);
    fireEvent.click(await screen.findByTestId('volunteer-li-ming'));
    await hubRoster(services.content, [zhang]);
    await waitFor(() => expect(screen.queryByTestId('volunteer-li-ming')).toBeNull());
    expect(screen.queryByTestId('pin-display')).toBeNull();

    fireEvent.click(screen.getByTestId('volunteer-demo-zhang'));
    typePin('2468');
    await screen.findByTestId('desk-volunteer');
    await hubRoster(services.content, [li]);
    await waitFor(() => expect(useDesk.getState().volunteer).toBeNull());
    await screen.findByTestId('volunteer-li-ming');
  });
});
