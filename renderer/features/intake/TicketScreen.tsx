import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-store';
import { useSiteView } from '../../content/use-site-view';
import { usePrefs } from '../accessibility/prefs-store';
import { useServiceName } from './use-service-name';
import { BigButton } from '../../ui/BigButton';
import { ActionBar } from '../../ui/ActionBar';
import { getPlatform } from '../../platform';

/** The ticket: shown only once the intake is safely on the device. */
export function TicketScreen() {
  const { t } = useTranslation();
  const saved = useSession((s) => s.saved);
  const reset = useSession((s) => s.reset);
  const locale = usePrefs((s) => s.locale);
  const site = useSiteView();
  const serviceName = useServiceName();
  const [printState, setPrintState] = useState<'idle' | 'printing' | 'printed' | 'failed'>('idle');
  if (!saved) return null;

  const print = async () => {
    setPrintState('printing');
    const result = await getPlatform().printTicket({
      ticketNumber: saved.ticket.number,
      day: saved.ticket.day,
      roomName: site.roomName[locale],
      lines: [t('ticket.printLine'), site.openingHours[locale]],
    });
    setPrintState(result.ok ? 'printed' : 'failed');
  };

  return (
    <div className="screen ticket-screen">
      <h1>
        {saved.contact?.surname && saved.contact.salutation
          ? t('ticket.titleNamed', {
              surname: saved.contact.surname,
              title: t(`contact.salutationOption.${saved.contact.salutation}`),
            })
          : t('ticket.title')}
      </h1>
      <p
        className="ticket"
        data-testid="ticket-number"
        aria-label={t('ticket.numberLabel', { number: saved.ticket.number })}
      >
        {saved.ticket.number}
      </p>
      <p className="screen__lead">{t('ticket.saved')}</p>
      {saved.services.length > 0 && (
        <p>
          {t('ticket.services', {
            services: saved.services.map(serviceName).join(t('list.separator')),
          })}
        </p>
      )}
      <h2>{t('ticket.nextTitle')}</h2>
      <ol className="next-steps">
        <li>{t('ticket.next1')}</li>
        <li>{t('ticket.next2')}</li>
        <li>{saved.contact?.phone ? t('ticket.next3Phone') : t('ticket.next3NoPhone')}</li>
      </ol>
      <p>
        {t('home.openingHours')}
        {site.openingHours[locale]}
      </p>
      {!saved.consent.general && <p className="notice__demo">{t('ticket.declinedNote')}</p>}
      <ActionBar>
        {getPlatform().shell === 'electron' && (
          <BigButton onClick={() => void print()} disabled={printState === 'printing'}>
            {t(`ticket.print.${printState}`)}
          </BigButton>
        )}
        <BigButton variant="primary" onClick={reset} data-testid="ticket-done">
          {t('ticket.done')}
        </BigButton>
      </ActionBar>
    </div>
  );
}
