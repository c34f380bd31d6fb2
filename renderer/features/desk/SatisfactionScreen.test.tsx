// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { uuidv7 } from '../../../shared/ids';
import { caseById } from '../../db/cases';
import { SatisfactionScreen } from './SatisfactionScreen';
import { useDesk } from './desk-store';

afterEach(() => {
  cleanup();
  useDesk.setState({ rating: null });
});

describe('the resident’s rating', () => {
  it('shows five faces with words and saves the rating for the case, by the handing volunteer', async () => {
    const caseId = uuidv7();
    useDesk.setState({ rating: { caseId, volunteerId: 'demo-li' }, volunteer: null });
    const { services } = renderKiosk(<SatisfactionScreen />);
    expect(screen.getByTestId('rate-1').textContent).toContain('很不满意');
    expect(screen.getByTestId('rate-5').textContent).toContain('很满意');
    expect(screen.getByTestId<HTMLButtonElement>('rate-submit').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('rate-4'));
    expect(screen.getByTestId('rate-4').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('rate-tag-quick'));
    fireEvent.click(screen.getByTestId('rate-submit'));
    await screen.findByTestId('satisfaction-thanks');
    const view = await caseById(services.records, caseId);
    expect(view?.satisfaction).toMatchObject({
      score: 4,
      tags: ['quick'],
      actor: { kind: 'volunteer', id: 'demo-li' },
    });
  });

  it('shows nothing unless a volunteer handed it over', () => {
    useDesk.setState({ rating: null });
    const { container } = renderKiosk(<SatisfactionScreen />);
    expect(container.textContent).toBe('');
  });
});
