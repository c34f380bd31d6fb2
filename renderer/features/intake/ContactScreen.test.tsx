// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ContactScreen } from './ContactScreen';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { useSession } from '../session/session-store';

function tap(label: string) {
  fireEvent.click(screen.getByTestId(label));
}
function typeDigits(digits: string) {
  for (const d of digits) tap(`pad-${d}`);
}

beforeEach(() => {
  useSession.getState().choosePrompt('contract');
  useSession.setState({
    flow: { prompt: 'contract', answers: [] },
    screen: 'contact',
    consentGeneral: true,
  });
});
afterEach(() => {
  cleanup();
  useSession.getState().reset();
});

describe('ContactScreen', () => {
  it('explains a short number and blocks saving until it is a mainland mobile', () => {
    renderKiosk(<ContactScreen />);
    typeDigits('138');
    expect(screen.getByTestId('phone-error').textContent).toContain('还没输完');
    expect(screen.getByTestId<HTMLButtonElement>('contact-save').disabled).toBe(true);
    typeDigits('12345678');
    expect(screen.queryByTestId('phone-error')).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>('contact-save').disabled).toBe(false);
  });

  it('the pad stops at 11 digits and deletes one digit at a time', () => {
    renderKiosk(<ContactScreen />);
    typeDigits('1381234567899');
    expect(screen.getByTestId('phone-display').textContent).toBe('13812345678');
    tap('pad-delete');
    expect(screen.getByTestId('phone-display').textContent).toBe('1381234567');
  });

  it('refuses a full name or markup as a surname, in words', () => {
    renderKiosk(<ContactScreen />);
    fireEvent.change(screen.getByTestId('surname'), { target: { value: '<img src=x>' } });
    expect(screen.getByTestId('surname-error').textContent).toContain('汉字或字母');
    fireEvent.change(screen.getByTestId('surname'), { target: { value: '王小明明明' } });
    expect(screen.getByTestId('surname-error').textContent).toContain('最多 4 个字');
    expect(screen.getByTestId<HTMLButtonElement>('contact-save').disabled).toBe(true);
  });

  it('shows the options as pressed, not by colour alone', () => {
    renderKiosk(<ContactScreen />, { locale: 'en' });
    tap('group-elderly');
    expect(screen.getByTestId('group-elderly').getAttribute('aria-pressed')).toBe('true');
    tap('visit-disability');
    expect(screen.getByTestId('visit-disability').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('visit-none').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How can we reach you?');
  });

  it('saves with the entered contact and moves to the ticket', async () => {
    const { services } = renderKiosk(<ContactScreen />);
    fireEvent.change(screen.getByTestId('surname'), { target: { value: '李' } });
    tap('salutation-mr');
    typeDigits('13912345678');
    tap('contact-save');
    await waitFor(() => expect(useSession.getState().screen).toBe('ticket'));
    const [row] = await services.records.records.toArray();
    expect(row?.record).toMatchObject({
      kind: 'intake',
      contact: { surname: '李', salutation: 'mr', phone: '13912345678' },
    });
  });

  it('without the separate consent, says a home visit for illness is not saved and drops it', async () => {
    const { services } = renderKiosk(<ContactScreen />);
    tap('visit-illness');
    tap('group-disability');
    tap('group-elderly');
    expect(screen.getByTestId('contact-sensitive-dropped').textContent).toContain('不保存这一项');
    expect(screen.getByTestId('contact-sensitive-yes')).toBeTruthy();
    tap('contact-save');
    await waitFor(() => expect(useSession.getState().screen).toBe('ticket'));
    const [row] = await services.records.records.toArray();
    expect(row?.record).toMatchObject({
      contact: { homeVisit: null, focusGroups: ['elderly'] },
      sensitive: [],
      consent: { general: true, sensitive: null },
    });
  });

  it('asks the separate consent when the answers did not, and keeps the choice on a yes', async () => {
    const { services } = renderKiosk(<ContactScreen />);
    tap('visit-child');
    tap('contact-sensitive-yes');
    expect(screen.queryByTestId('contact-sensitive-dropped')).toBeNull();
    expect(screen.getByTestId('contact-sensitive-yes').getAttribute('aria-pressed')).toBe('true');
    tap('contact-save');
    await waitFor(() => expect(useSession.getState().screen).toBe('ticket'));
    const [row] = await services.records.records.toArray();
    expect(row?.record).toMatchObject({
      contact: { homeVisit: { reason: 'child' } },
      sensitive: ['minor'],
      consent: { general: true, sensitive: true },
    });
  });

  it('respects a "no" from the consent screen: does not ask again, says so, keeps nothing', async () => {
    useSession.setState({ consentSensitive: false });
    const { services } = renderKiosk(<ContactScreen />, { locale: 'en' });
    tap('visit-disability');
    expect(screen.getByTestId('contact-sensitive-dropped').textContent).toContain(
      'we do not save it',
    );
    expect(screen.queryByTestId('contact-sensitive-yes')).toBeNull();
    tap('contact-save');
    await waitFor(() => expect(useSession.getState().screen).toBe('ticket'));
    const [row] = await services.records.records.toArray();
    expect(row?.record).toMatchObject({ contact: { homeVisit: null }, sensitive: [] });
  });

  it('says nothing about sensitive information for a plain home visit', () => {
    renderKiosk(<ContactScreen />);
    tap('visit-elderly');
    tap('group-migrantWorker');
    expect(screen.queryByTestId('contact-sensitive-dropped')).toBeNull();
    expect(screen.queryByTestId('contact-sensitive-yes')).toBeNull();
  });
});
