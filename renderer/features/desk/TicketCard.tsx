import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { BigButton } from '../../ui/BigButton';
import { answersSummary } from '../../../shared/intake/summary';
import { maskPhone } from '../../../shared/records/phone';
import type { QueueTicket } from './queue';
import { useDesk } from './desk-store';
import { CaseFlags } from './CaseFlags';

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
  const ct = useCatalogueText();
  const { catalogue } = useKiosk();
  const show = useDesk((s) => s.show);
  const { intake, status } = ticket;
  const summary = answersSummary(catalogue, intake, ct);
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
      <p className="desk-card__title">{summary.title}</p>
      {summary.pairs.length > 0 && (
        <dl className="desk-card__answers" data-testid={`ticket-answers-${number}`}>
          {summary.pairs.map((pair, i) => (
            <div key={i} className="desk-qa">
              <dt>{pair.question}</dt>
              <dd>{pair.answer}</dd>
            </div>
          ))}
        </dl>
      )}
      {summary.unknown > 0 && (
        <p className="desk-card__meta">{t('desk.queue.olderAnswers', { n: summary.unknown })}</p>
      )}
      <p className="desk-card__meta">
        {t('desk.queue.suggested', {
          services: intake.services.map(teamName).join(t('list.separator')),
        })}
      </p>
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
            onClick={() => show({ name: 'register', intakeId: intake.id })}
            data-testid={`register-${number}`}
          >
            {t('desk.queue.register')}
          </BigButton>
        ) : (
          <BigButton
            onClick={() => show({ name: 'case', caseId: intake.id })}
            data-testid={`open-${number}`}
          >
            {t('desk.openCase')}
          </BigButton>
        )}
      </div>
    </article>
  );
}
