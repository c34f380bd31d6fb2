import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { FOCUS_GROUPS, HOME_VISIT_REASONS } from '../../../shared/catalogue/ids';
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
import { intakeById } from './queue';
import { useDeskActions, type EventBody } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';
import { FieldError } from './FieldError';
import { fieldErrorId, type AnyProblem } from './problem-text';

const FORM = 'register';
const SALUTATIONS = ['mr', 'ms', null] as const;

/** 首问登记 for a kiosk ticket (loads its intake first) or for a walk-in. */
export function RegistrationForm({ intakeId }: { intakeId: string | null }) {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const [intake, setIntake] = useState<Intake | null | undefined>(intakeId ? undefined : null);
  useEffect(() => {
    if (!intakeId) return;
    let live = true;
    void intakeById(records, intakeId).then((found) => live && setIntake(found ?? null));
    return () => {
      live = false;
    };
  }, [records, intakeId]);
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
  const [input, setInput] = useState<RegistrationInput>(() => initialInput(intake));
  const [problems, setProblems] = useState<Partial<Record<RegistrationField, AnyProblem>>>({});
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (patch: Partial<RegistrationInput>) => setInput((s) => ({ ...s, ...patch }));
  const invalid = (f: RegistrationField) => ({
    'aria-invalid': problems[f] !== undefined,
    'aria-describedby': problems[f] ? fieldErrorId(FORM, f) : undefined,
  });
  const consentGiven = input.consent === true;
  const problemCount = Object.keys(problems).length;

  const submit = async () => {
    const checked = checkRegistration(input);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
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
    <section className="desk-form" aria-labelledby="register-title">
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
            <div
              className="options options--row"
              role="group"
              aria-label={t('desk.register.consentTitle')}
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
            <FieldError form={FORM} field="consent" problem={problems.consent} />
          </>
        )}
      </fieldset>

      {consentGiven && (
        <fieldset className="form-section">
          <legend>{t('desk.register.residentTitle')}</legend>
          <label className="field">
            <span>{t('contact.surname')}</span>
            <input
              className="text-input"
              value={input.surname}
              maxLength={20}
              autoComplete="off"
              onChange={(e) => update({ surname: e.target.value })}
              data-testid="register-surname"
              {...invalid('surname')}
            />
          </label>
          <FieldError form={FORM} field="surname" problem={problems.surname} />
          <div className="options options--row" role="group" aria-label={t('contact.salutation')}>
            {SALUTATIONS.map((s) => (
              <BigButton
                key={s ?? 'none'}
                pressed={input.salutation === s}
                onClick={() => update({ salutation: s })}
              >
                {t(`contact.salutationOption.${s ?? 'none'}`)}
              </BigButton>
            ))}
          </div>
          <label className="field">
            <span>{t('desk.register.phone')}</span>
            <input
              className="text-input"
              value={input.phone}
              inputMode="numeric"
              maxLength={11}
              autoComplete="off"
              onChange={(e) => update({ phone: e.target.value.trim() })}
              data-testid="register-phone"
              {...invalid('phone')}
            />
          </label>
          <FieldError form={FORM} field="phone" problem={problems.phone} />
          <p className="field__label">{t('contact.groupsTitle')}</p>
          <div className="options options--wrap" role="group" aria-label={t('contact.groupsTitle')}>
            {FOCUS_GROUPS.map((g) => (
              <BigButton
                key={g}
                pressed={input.focusGroups.includes(g)}
                onClick={() =>
                  update({
                    focusGroups: input.focusGroups.includes(g)
                      ? input.focusGroups.filter((x) => x !== g)
                      : [...input.focusGroups, g],
                  })
                }
                data-testid={`register-group-${g}`}
              >
                {t(`contact.group.${g}`)}
              </BigButton>
            ))}
          </div>
          <p className="field__label">{t('contact.homeVisitTitle')}</p>
          <div
            className="options options--wrap"
            role="group"
            aria-label={t('contact.homeVisitTitle')}
          >
            <BigButton
              pressed={input.homeVisitReason === null}
              onClick={() => update({ homeVisitReason: null })}
            >
              {t('contact.homeVisitNone')}
            </BigButton>
            {HOME_VISIT_REASONS.map((r) => (
              <BigButton
                key={r}
                pressed={input.homeVisitReason === r}
                onClick={() => update({ homeVisitReason: r })}
              >
                {t(`contact.homeVisitReason.${r}`)}
              </BigButton>
            ))}
          </div>
        </fieldset>
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
        <FieldError form={FORM} field="matter" problem={problems.matter} max={MATTER_MAX} />
        <p className="field__label" id="register-category">
          {t('desk.register.category')}
        </p>
        <div className="options options--wrap" role="group" aria-labelledby="register-category">
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
        <FieldError form={FORM} field="category" problem={problems.category} />
        <p className="field__label" id="register-urgency">
          {t('desk.register.urgency')}
        </p>
        <div className="options options--row" role="group" aria-labelledby="register-urgency">
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
        <FieldError form={FORM} field="urgency" problem={problems.urgency} />
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
        <BigButton variant="quiet" onClick={() => show({ name: 'queue' })}>
          {t('desk.cancel')}
        </BigButton>
      </div>
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
