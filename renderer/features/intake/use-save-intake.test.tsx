// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useSaveIntake } from './use-save-intake';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { useSession } from '../session/session-store';
import type { Intake } from '../../../shared/records/intake';

/** 婚姻家事 → violence at home → not safe → it is me → a lawyer: names the Art. 32 matter. */
const VIOLENCE = [
  { questionId: 'topic', optionId: 'violence' },
  { questionId: 'safeNow', optionId: 'unsafe' },
  { questionId: 'dvWho', optionId: 'me' },
  { questionId: 'dvHelp', optionId: 'lawyer' },
];

function SaveButton({ keepSensitive }: { keepSensitive: boolean }) {
  const save = useSaveIntake();
  return (
    <button
      data-testid="save"
      onClick={() => void save({ consentGeneral: true, consentSensitive: keepSensitive })}
    />
  );
}

async function saveViolenceIntake(keepSensitive: boolean): Promise<Intake> {
  const { services } = renderKiosk(<SaveButton keepSensitive={keepSensitive} />);
  fireEvent.click(screen.getByTestId('save'));
  await waitFor(() => expect(useSession.getState().screen).toBe('ticket'));
  const [row] = await services.records.records.toArray();
  if (row?.record.kind !== 'intake') throw new Error('no intake saved');
  return row.record;
}

beforeEach(() => {
  useSession.getState().choosePrompt('family');
  useSession.setState({
    flow: { prompt: 'family', answers: VIOLENCE },
    screen: 'contact',
    consentGeneral: true,
  });
  useSession.getState().updateContact({ surname: '王', homeVisitReason: 'illness' });
});
afterEach(() => {
  cleanup();
  useSession.getState().reset();
});

describe('useSaveIntake stores only what the resident agreed to', () => {
  it('declining the sensitive consent stores no legal-aid pre-screen, answer or health detail', async () => {
    const r = await saveViolenceIntake(false);
    expect(r.legalAid).toBeNull();
    expect(r.answers).toEqual([]);
    expect(r.sensitive).toEqual([]);
    expect(r.contact).toMatchObject({ surname: '王', homeVisit: null });
    expect(JSON.stringify(r)).not.toMatch(/abuseVictim|violence|illness/);
    expect(r.services).toContain('legalAid');
  });

  it('with the sensitive consent keeps the pre-screen, the answers and the home-visit reason', async () => {
    const r = await saveViolenceIntake(true);
    expect(r.legalAid).toEqual({ matterId: 'abuseVictim', article: 32, hardship: null });
    expect(r.answers).toEqual(VIOLENCE);
    expect(new Set(r.sensitive)).toEqual(new Set(['domesticViolence', 'health']));
    expect(r.contact?.homeVisit).toEqual({ reason: 'illness' });
  });
});
