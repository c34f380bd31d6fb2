import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { noteError } from '../technician/error-ring';
import { BlockedHint } from './BlockedHint';
import { testConnection, type ConnectionResult } from './hub-check';
import { kioskFetch, shellHubOrigins } from './setup-actions';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';

/**
 * GET the hub's health: is the address right and the hub up, before a code is spent on it. When
 * the hub answers, the wizard moves on to the room by itself; only a problem stays on screen.
 */
export function ConnectionStep() {
  const { t } = useTranslation();
  const hubUrl = useSetup((s) => s.hubUrl);
  const [result, setResult] = useState<ConnectionResult | null>(null);
  /** The hub kiosk-settings.json names, to say so when another was typed or read. */
  const [allowedHub, setAllowedHub] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      const allowed = await shellHubOrigins();
      const answer = await testConnection(hubUrl, kioskFetch, undefined, allowed);
      if (!answer.ok) noteError(`connection:${answer.code ?? answer.problem}`);
      if (!live) return;
      if (answer.ok) return useSetup.getState().next();
      setAllowedHub(allowed?.[0] ?? null);
      setResult(answer);
    })();
    return () => {
      live = false;
    };
  }, [hubUrl, attempt]);

  const retry = () => {
    setResult(null);
    setAttempt((n) => n + 1);
  };

  return (
    <>
      <p className="screen__lead">{t('setup.connection.lead', { hubUrl })}</p>
      {result === null && (
        <p role="status" data-testid="connection-checking">
          {t('setup.connection.checking')}
        </p>
      )}
      {result && !result.ok && (
        <>
          <p role="alert" className="error" data-testid="connection-error">
            {result.problem === 'hub_not_allowed' && allowedHub === null
              ? t('setup.hubNotSet')
              : t(`setup.problem.${result.problem}`, { allowedHub })}
          </p>
          <BlockedHint problem={result.problem} />
        </>
      )}
      <StepActions hideNext>
        {result && !result.ok && (
          <BigButton variant="primary" onClick={retry} data-testid="connection-retry">
            {t('setup.retry')}
          </BigButton>
        )}
      </StepActions>
    </>
  );
}
