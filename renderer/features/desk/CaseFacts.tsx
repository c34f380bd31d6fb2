import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { maskPhone } from '../../../shared/records/phone';
import type { CaseView } from '../../../shared/cases/derive';
import type { EventOf } from '../../../shared/cases/events';
import type { SaveError } from '../../db/save-errors';
import { useIntake } from './use-intake';
import { useDeskActions } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';
import { IntakeAnswers } from './IntakeAnswers';
import { SaveErrorLine } from './FormParts';
import { DeskIcon } from './desk-icons';
import { residentName } from './names';

/** Who and what: the registration, and what the resident told the kiosk (for a kiosk ticket). */
export function CaseFacts({
  view,
  registration: reg,
}: {
  view: CaseView;
  registration: EventOf<'registered'>;
}) {
  const { t } = useTranslation();
  const teams = useTeamChoices();
  const intake = useIntake(view.source?.from === 'kiosk' ? view.source.intakeId : null);
  return (
    <>
      <dl className="desk-facts" data-testid="case-details">
        <dt>{t('desk.case.resident')}</dt>
        <dd data-testid="case-resident">
          {residentName(t, reg.resident)}
          {reg.resident.phone && (
            <PhoneNumber
              caseId={view.caseId}
              phone={reg.resident.phone}
              consented={reg.consent.general}
            />
          )}
        </dd>
        <dt>{t('desk.case.matter')}</dt>
        <dd data-testid="case-matter">{reg.matter}</dd>
        <dt>{t('desk.register.category')}</dt>
        <dd>{teams.name(reg.category)}</dd>
        <dt>{t('desk.register.urgency')}</dt>
        <dd>{t(`desk.urgency.${reg.urgency}`)}</dd>
        <dt>{t('desk.register.consentTitle')}</dt>
        <dd>{reg.consent.general ? t('desk.case.consentYes') : t('desk.case.consentNo')}</dd>
      </dl>
      {intake && (
        <section className="desk-panel" aria-labelledby="case-answers-title">
          <h2 id="case-answers-title">{t('desk.case.answersTitle')}</h2>
          <IntakeAnswers intake={intake} teamName={teams.name} testId="case-answers" />
        </section>
      )}
    </>
  );
}

/**
 * The phone number, masked. When the resident consented, "显示号码" shows it whole (to tell them
 * the result by phone); each look is written to the case's history first (who, when), and the
 * number is shown only once that is saved. It hides again when the case screen closes.
 */
function PhoneNumber({
  caseId,
  phone,
  consented,
}: {
  caseId: string;
  phone: string;
  consented: boolean;
}) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<SaveError | null>(null);
  const reveal = async () => {
    const result = await actions.record(caseId, 'phoneShown', {});
    setError(result.ok ? null : result.error);
    setShown(result.ok);
  };
  if (shown)
    return (
      <span className="desk-phone">
        {' · '}
        <strong className="desk-phone__full" data-testid="case-phone-full">
          {phone}
        </strong>
        <span className="desk-card__meta"> {t('desk.phone.recorded')}</span>
      </span>
    );
  return (
    <>
      <span className="desk-phone">
        {' · '}
        <span data-testid="case-phone">{t('desk.phoneEnds', { phone: maskPhone(phone) })}</span>
        {consented && (
          <BigButton onClick={() => void reveal()} data-testid="case-phone-show">
            <DeskIcon name="phone" />
            {t('desk.phone.show')}
          </BigButton>
        )}
      </span>
      <SaveErrorLine error={error} />
    </>
  );
}
