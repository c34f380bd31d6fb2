import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from '../accessibility/prefs-store';
import { useSyncStatus } from '../sync-status/sync-status-store';
import { failureWords } from './error-words';
import { ErrorText } from './ErrorText';
import { formatTime } from './format';
import type { useMachineFacts } from './use-technician-status';

/** The hub, this kiosk's name and id on it, and how the last syncs went. */
export function HubCard({
  machine,
  deviceLabel,
}: {
  machine: ReturnType<typeof useMachineFacts>;
  deviceLabel: string | null;
}) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const sync = useSyncStatus();
  const { hub } = machine;
  return (
    <section className="tech-card" aria-labelledby="tech-hub">
      <h2 id="tech-hub">{t('technician.hub.title')}</h2>
      <dl className="setup-facts">
        <dt>{t('technician.hub.url')}</dt>
        <dd data-testid="tech-hub-url">{machine.credential?.hubUrl ?? '—'}</dd>
        <dt>{t('technician.hub.label')}</dt>
        <dd data-testid="tech-device-label">{deviceLabel ?? '—'}</dd>
        <dt>{t('technician.hub.device')}</dt>
        <dd data-testid="tech-device-id">{machine.credential?.deviceId ?? '—'}</dd>
        <dt>{t('technician.hub.reachable')}</dt>
        <dd data-testid="tech-hub-reachable">
          {hub === null
            ? t('technician.hub.checking')
            : hub.ok
              ? t('technician.hub.yes', { version: hub.hubVersion })
              : t(`setup.problem.${hub.problem}`, { allowedHub: '—' })}
        </dd>
        <dt>{t('technician.hub.lastSync')}</dt>
        <dd data-testid="tech-last-sync">{formatTime(sync.lastSuccessAt, locale)}</dd>
        <dt>{t('technician.hub.lastError')}</dt>
        <dd data-testid="tech-last-error">
          {sync.lastError === null ? (
            '—'
          ) : (
            <ErrorText words={failureWords(sync.lastError)} code={sync.lastError} />
          )}
        </dd>
        <dt>{t('technician.hub.clock')}</dt>
        <dd data-testid="tech-clock">
          {sync.clockOffsetMs === null
            ? '—'
            : t('technician.hub.clockValue', {
                seconds: Math.round(sync.clockOffsetMs / 1000),
              })}
        </dd>
      </dl>
      <BigButton variant="quiet" onClick={machine.refresh}>
        {t('technician.refresh')}
      </BigButton>
    </section>
  );
}
