import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { CURRENT_CONSENT_VERSION } from '../../../shared/records/consent';
import { localIso } from '../../../shared/records/ticket';
import type { Intake } from '../../../shared/records/intake';
import { MATTER_MAX, URGENCIES, type CaseSource } from '../../../shared/cases/events';
import {
  checkRegistration,
  type RegistrationField,
  type RegistrationInput,
  type RegistrationValue,
} from '../../../shared/cases/forms';
import type { SaveError } from '../../db/save-errors';
import { useDesk } from './desk-store';
import { useIntake } from './use-intake';
import { useDeskActions, type EventBody } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';
import { FieldError } from './FieldError';
import { useDraft, leaveTo } from './drafts';
import { useFormProblems } from './use-form-problems';
import { IntakeAnswers } from './IntakeAnswers';
import { ResidentFields } from './ResidentFields';
import { ConsentNotice } from './ConsentNotice';
import { DeskIcon } from './desk-icons';

const FORM = 'register';

/** 首问登记 for a kiosk ticket (loads its intake first) or for a walk-in. */
export function RegistrationForm({ intakeId }: { intakeId: string | null }) {
  const { t } = useTranslation();
  const intake = useIntake(intakeId);
  if (intake === undefined) return <p>{t('desk.loading')}</p>;
  return <RegistrationFields intake={intake} />;
}

function initialInput(intake: Intake | null): RegistrationInput {
  const c = intake?.contact;
  return {
    surname: c?.surname ?? '',
    salutation: c?.salutation ?? null,
    phone: c?.phone ?? '',
    matter: '',
    category: intake?.services[0] ?? null,
    urgency: 'normal',
    focusGroups: c?.focusGroups ?? [],
    homeVisitReason: c?.homeVisit?.reason ?? null,
    consent: intake ? intake.consent.general : null,
  };
}

function RegistrationFields({ intake }: { intake: Intake | null }) {
  const { t } = useTranslation();
  const teams = useTeamChoices();
  const actions = useDeskActions();
  const show = useDesk((s) => s.show);
  const [input, setInput] = useDraft<RegistrationInput>(
    `register:${intake?.id ?? 'walkIn'}`,
    { form: intake ? 'register' : 'walkIn', ticket: intake?.ticket.number ?? null },
    () => initialInput(intake),
  );
  const checked = checkRegistration(input);
  const { shown, attach, passes, invalid } = useFormProblems<RegistrationField>(
    FORM,
    checked.ok ? {} : checked.problems,
  );
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const [showingNotice, setShowingNotice] = useState(false);
  const update = (patch: Partial<RegistrationInput>) => setInput((s) => ({ ...s, ...patch }));
  const groupInvalid = (f: RegistrationField) => (shown[f] ? 'true' : undefined);
  const consentGiven = input.consent === true;
  const problemCount = Object.keys(shown).length;

  const submit = async () => {
    if (!passes() || !checked.ok) return;
    setSaving(true);
    const result = intake
      ? await actions.record(
          intake.id,
          'registered',
          body(
            checked.value,
            { from: 'kiosk', intakeId: intake.id, ticket: intake.ticket },
            intake,
          ),
        )
      : await actions.registerWalkIn((ticket) =>
          body(checked.value, { from: 'walkIn', ticket }, null),
        );
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    show({ name: 'case', caseId: result.value.caseId });
  };

  return (
    <section className="desk-form" aria-labelledby="register-title" ref={attach}>
      <h1 id="register-title" tabIndex={-1}>
        {intake
          ? t('desk.register.titleTicket', { ticket: intake.ticket.number })
          : t('desk.register.titleWalkIn')}
      </h1>
      <p className="screen__lead">{t('desk.register.lead')}</p>
      {problemCount > 0 && (
        <p role="alert" className="error" data-testid="register-problems">
          {t('desk.register.fix', { n: problemCount })}
        </p>
      )}
      {intake && (
        <section className="desk-panel" aria-labelledby="register-answers-title">
          <h2 id="register-answers-title">{t('desk.case.answersTitle')}</h2>
          <IntakeAnswers intake={intake} teamName={teams.name} testId="register-answers" />
        </section>
      )}

      <fieldset className="form-section">
        <legend>{t('desk.register.consentTitle')}</legend>
        {intake ? (
          <p data-testid="register-consent-carried">
            {intake.consent.general
              ? t('desk.register.consentKioskYes')
              : t('desk.register.consentKioskNo')}
          </p>
        ) : (
          <>
            <p>{t('desk.register.consentAsk')}</p>
            <div className="actions">
              <BigButton onClick={() => setShowingNotice(true)} data-testid="register-show-notice">
                <DeskIcon name="contract" />
                {t('desk.notice.show')}
              </BigButton>
            </div>
            <div
              className="options options--row"
              role="group"
              aria-label={t('desk.register.consentTitle')}
              data-invalid={groupInvalid('consent')}
            >
              {([true, false] as const).map((answer) => (
                <BigButton
                  key={String(answer)}
                  pressed={input.consent === answer}
                  onClick={() => update({ consent: answer })}
                  data-testid={`register-consent-${answer ? 'yes' : 'no'}`}
                >
                  {answer ? t('desk.register.consentYes') : t('desk.register.consentNo')}
                </BigButton>
              ))}
            </div>
            <FieldError form={FORM} field="consent" problem={shown.consent} />
          </>
        )}
      </fieldset>

      {consentGiven && (
        <ResidentFields input={input} update={update} shown={shown} invalid={invalid} />
      )}

      <fieldset className="form-section">
        <legend>{t('desk.register.matterTitle')}</legend>
        <label className="field">
          <span>{t('desk.register.matter')}</span>
          <textarea
            className="text-input"
            rows={3}
            value={input.matter}
            onChange={(e) => update({ matter: e.target.value })}
            data-testid="register-matter"
            {...invalid('matter')}
          />
        </label>
        <p className="field__count" aria-live="polite">
          {t('desk.count', { n: [...input.matter.trim()].length, max: MATTER_MAX })}
        </p>
        <FieldError form={FORM} field="matter" problem={shown.matter} max={MATTER_MAX} />
        <p className="field__label" id="register-category">
          {t('desk.register.category')}
        </p>
        <div
          className="options options--wrap"
          role="group"
          aria-labelledby="register-category"
          data-invalid={groupInvalid('category')}
        >
          {teams.ids.map((id) => (
            <BigButton
              key={id}
              pressed={input.category === id}
              onClick={() => update({ category: id })}
              data-testid={`register-category-${id}`}
            >
              {teams.name(id)}
            </BigButton>
          ))}
        </div>
        <FieldError form={FORM} field="category" problem={shown.category} />
        <p className="field__label" id="register-urgency">
          {t('desk.register.urgency')}
        </p>
        <div
          className="options options--row"
          role="group"
          aria-labelledby="register-urgency"
          data-invalid={groupInvalid('urgency')}
        >
          {URGENCIES.map((u) => (
            <BigButton
              key={u}
              pressed={input.urgency === u}
              onClick={() => update({ urgency: u })}
              data-testid={`register-urgency-${u}`}
            >
              {t(`desk.urgency.${u}`)}
            </BigButton>
          ))}
        </div>
        <FieldError form={FORM} field="urgency" problem={shown.urgency} />
      </fieldset>

      {saveError && (
        <p role="alert" className="error">
          {t(`save.error.${saveError}`)}
        </p>
      )}
      <div className="actions">
        <BigButton
          variant="primary"
          disabled={saving}
          onClick={() => void submit()}
          data-testid="register-save"
        >
          {t('desk.register.save')}
        </BigButton>
        <BigButton
          variant="quiet"
          onClick={() => leaveTo({ name: 'queue' })}
          data-testid="register-cancel"
        >
          {t('desk.cancel')}
        </BigButton>
      </div>
      {showingNotice && <ConsentNotice onClose={() => setShowingNotice(false)} />}
    </section>
  );
}

function body(
  value: RegistrationValue,
  source: CaseSource,
  intake: Intake | null,
): EventBody<'registered'> {
  return {
    source,
    resident: value.resident,
    matter: value.matter,
    category: value.category,
    urgency: value.urgency,
    focusGroups: value.focusGroups,
    homeVisit: value.homeVisit,
    consent: intake
      ? { ...intake.consent, from: 'kiosk' }
      : {
          from: 'desk',
          version: CURRENT_CONSENT_VERSION,
          general: value.consentGiven,
          sensitive: null,
          at: localIso(new Date()),
        },
  };
}
