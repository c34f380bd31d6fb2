import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { maskPhone } from '../../../shared/records/phone';
import type { QueueTicket } from './queue';
import { CaseFlags } from './CaseFlags';
import { IntakeAnswers } from './IntakeAnswers';
import { leaveTo } from './drafts';

/**
 * One ticket: the number, the prompt and the answers in short, and what needs care (focus groups,
 * a home-visit request), each marked with a symbol and words, never by colour alone.
 */
export function TicketCard({
  ticket,
  teamName,
  onCall,
  onNoShow,
}: {
  ticket: QueueTicket;
  /** Team names are read once for the whole queue, not once per card. */
  teamName: (id: string) => string;
  onCall: () => void;
  onNoShow: () => void;
}) {
  const { t } = useTranslation();
  const { intake, status } = ticket;
  const number = intake.ticket.number;
  const open = status === 'waiting' || status === 'called' || status === 'noShow';

  return (
    <article className={`desk-card desk-card--${status}`} data-testid={`ticket-${number}`}>
      <header className="desk-card__head">
        <p className="desk-card__ticket">{number}</p>
        <p className="desk-status" data-testid={`ticket-status-${number}`}>
          {t(`desk.status.${status}`)}
        </p>
      </header>
      <IntakeAnswers intake={intake} teamName={teamName} testId={`ticket-answers-${number}`} />
      <CaseFlags
        focusGroups={intake.contact?.focusGroups ?? []}
        homeVisitReason={intake.contact?.homeVisit?.reason ?? null}
        legalAid={intake.legalAid !== null}
        testId={`ticket-flags-${number}`}
      />
      {intake.contact?.phone && (
        <p className="desk-card__meta">
          {t('desk.phoneEnds', { phone: maskPhone(intake.contact.phone) })}
        </p>
      )}
      {!intake.consent.general && <p className="desk-card__meta">{t('desk.queue.noConsent')}</p>}
      <div className="desk-card__actions">
        {(status === 'waiting' || status === 'noShow') && (
          <BigButton onClick={onCall} data-testid={`call-${number}`}>
            {t('desk.queue.call')}
          </BigButton>
        )}
        {status === 'called' && (
          <BigButton onClick={onNoShow} data-testid={`no-show-${number}`}>
            {t('desk.queue.noShow')}
          </BigButton>
        )}
        {open ? (
          <BigButton
            variant="primary"
            onClick={() => leaveTo({ name: 'register', intakeId: intake.id })}
            data-testid={`register-${number}`}
          >
            {t('desk.queue.register')}
          </BigButton>
        ) : (
          <BigButton
            onClick={() => leaveTo({ name: 'case', caseId: intake.id })}
            data-testid={`open-${number}`}
          >
            {t('desk.openCase')}
          </BigButton>
        )}
      </div>
    </article>
  );
}
