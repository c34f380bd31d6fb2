import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { DeskIcon } from './desk-icons';
import { localDay } from '../../../shared/records/ticket';
import type { SaveError } from '../../db/save-errors';
import { nextToCall, queueOfDay, type QueueTicket } from './queue';
import { TicketCard } from './TicketCard';
import { useDeskActions } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';

/** Today's tickets in order: call the next one, mark a no-show, register. */
export function QueueView() {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const today = localDay(new Date());
  const queue = useLiveQuery(() => queueOfDay(records, today), [records, today]);
  const actions = useDeskActions();
  const teams = useTeamChoices();
  const [calling, setCalling] = useState<string | null>(null);
  const [error, setError] = useState<SaveError | null>(null);
  const next = queue && nextToCall(queue);

  const mark = async (ticket: QueueTicket, type: 'called' | 'noShow') => {
    const result = await actions.record(ticket.intake.id, type, { ticket: ticket.intake.ticket });
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    const number = ticket.intake.ticket.number;
    // A no-show is no longer being called: the line must not keep saying so.
    if (type === 'called') setCalling(number);
    else setCalling((current) => (current === number ? null : current));
  };

  return (
    <section className="desk-queue" aria-labelledby="queue-title">
      <h1 id="queue-title" tabIndex={-1}>
        {t('desk.queue.title')}
      </h1>
      <div className="actions">
        <BigButton
          variant="primary"
          disabled={!next}
          onClick={() => next && void mark(next, 'called')}
          data-testid="call-next"
        >
          <DeskIcon name="megaphone" />
          {next
            ? t('desk.queue.callNext', { ticket: next.intake.ticket.number })
            : t('desk.queue.noneWaiting')}
        </BigButton>
      </div>
      <p className="desk-calling" aria-live="polite" data-testid="now-calling">
        {calling ? t('desk.queue.nowCalling', { ticket: calling }) : ''}
      </p>
      {error && (
        <p role="alert" className="error">
          {t(`save.error.${error}`)}
        </p>
      )}
      {queue && queue.length === 0 && <p data-testid="queue-empty">{t('desk.queue.empty')}</p>}
      <ol className="desk-list" data-testid="queue">
        {(queue ?? []).map((ticket) => (
          <li key={ticket.intake.id}>
            <TicketCard
              ticket={ticket}
              teamName={teams.name}
              onCall={() => void mark(ticket, 'called')}
              onNoShow={() => void mark(ticket, 'noShow')}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
