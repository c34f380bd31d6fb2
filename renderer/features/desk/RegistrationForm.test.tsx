// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { RegistrationForm } from './RegistrationForm';
import { useDesk } from './desk-store';

beforeEach(() => {
  useDesk.setState({ volunteer: { id: 'demo-zhang', name: '张' }, deviceId: 'dev_test' });
});
afterEach(() => {
  cleanup();
  useDesk.getState().lock();
});

describe('registering a walk-in', () => {
  it('names every missing field and writes nothing', async () => {
    const { services } = renderKiosk(<RegistrationForm intakeId={null} />);
    fireEvent.click(screen.getByTestId('register-save'));
    expect(screen.getByTestId('register-problems').textContent).toContain('3');
    expect(screen.getByTestId('register-consent-error').textContent).toBe('这一项必须填。');
    expect(screen.getByTestId('register-matter').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('register-matter').getAttribute('aria-describedby')).toBe(
      'register-matter-error',
    );
    expect(await services.records.records.count()).toBe(0);
  });

  it('moves the focus to the first wrong field, and clears each message once that field is right', async () => {
    renderKiosk(<RegistrationForm intakeId={null} />);
    fireEvent.click(screen.getByTestId('register-save'));
    // The consent question comes first on the form: its first button has the focus.
    expect(document.activeElement).toBe(screen.getByTestId('register-consent-yes'));
    fireEvent.click(screen.getByTestId('register-consent-no'));
    expect(screen.queryByTestId('register-consent-error')).toBeNull();
    expect(screen.getByTestId('register-problems').textContent).toContain('2');
    fireEvent.change(screen.getByTestId('register-matter'), { target: { value: '咨询' } });
    expect(screen.queryByTestId('register-matter-error')).toBeNull();
    expect(screen.getByTestId('register-matter').getAttribute('aria-invalid')).toBe('false');
    // The category is still wrong: its message stays until it is chosen.
    expect(screen.getByTestId('register-category-error')).toBeTruthy();
    fireEvent.click(screen.getByTestId('register-save'));
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-testid')).toMatch(/^register-category-/),
    );
  });

  it('shows the notice (告知书) it asks the volunteer to show', () => {
    renderKiosk(<RegistrationForm intakeId={null} />);
    fireEvent.click(screen.getByTestId('register-show-notice'));
    expect(screen.getByTestId('desk-notice').textContent).toContain('我们会记下什么');
    fireEvent.click(screen.getByTestId('desk-notice-close'));
    expect(screen.queryByTestId('desk-notice')).toBeNull();
  });

  it('without consent asks for no personal details and saves the matter only', async () => {
    const { services } = renderKiosk(<RegistrationForm intakeId={null} />);
    fireEvent.click(screen.getByTestId('register-consent-no'));
    expect(screen.queryByTestId('register-phone')).toBeNull();
    fireEvent.change(screen.getByTestId('register-matter'), { target: { value: '咨询遗嘱' } });
    fireEvent.click(screen.getByTestId('register-category-notary'));
    fireEvent.click(screen.getByTestId('register-save'));
    await waitFor(() => expect(useDesk.getState().view.name).toBe('case'));
    const [row] = await services.records.records.toArray();
    expect(row?.record).toMatchObject({
      type: 'registered',
      resident: { surname: null, salutation: null, phone: null },
      consent: { from: 'desk', general: false },
      source: { from: 'walkIn', ticket: { number: 'W-001' } },
      deviceId: 'dev_test',
      actor: { kind: 'volunteer', id: 'demo-zhang' },
    });
  });
});
