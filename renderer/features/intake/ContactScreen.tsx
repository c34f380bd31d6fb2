import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-store';
import { phoneProblem } from '../../../shared/records/phone';
import { surnameProblem } from '../../../shared/records/surname';
import { FOCUS_GROUPS, HOME_VISIT_REASONS } from '../../../shared/catalogue/id-lists';
import { contactSensitiveKinds } from '../../../shared/records/sensitive-contact';
import { BigButton } from '../../ui/BigButton';
import { YesNo } from '../../ui/YesNo';
import { ActionBar } from '../../ui/ActionBar';
import { NumberPad } from './NumberPad';
import { useSaveIntake } from './use-save-intake';

const SALUTATION_CHOICES = ['mr', 'ms', null] as const;

/**
 * Minimal contact: how to address you, an optional mobile number, an optional home visit. A home
 * visit for illness, disability or a child, and the focus groups that say the same, are sensitive
 * (PIPL Art. 28-29): they are kept only with the separate consent. If it was never asked (the
 * answers revealed nothing sensitive) it is asked here; a "no" given on the consent screen is
 * respected, not asked again, and the screen says plainly that the choice will not be saved.
 */
export function ContactScreen() {
  const { t } = useTranslation();
  const contact = useSession((s) => s.contact);
  const update = useSession((s) => s.updateContact);
  const consentSensitive = useSession((s) => s.consentSensitive);
  const setConsent = useSession((s) => s.setConsent);
  const [askedHere, setAskedHere] = useState(false);
  const saving = useSession((s) => s.saving);
  const saveError = useSession((s) => s.saveError);
  const back = useSession((s) => s.back);
  const reset = useSession((s) => s.reset);
  const save = useSaveIntake();
  const problem = contact.phone === '' ? null : phoneProblem(contact.phone);
  const nameProblem = surnameProblem(contact.surname);
  const canSave = !problem && !nameProblem && !saving;
  const sensitiveChosen =
    contactSensitiveKinds(contact.homeVisitReason, contact.focusGroups).length > 0;
  const askSensitive = sensitiveChosen && (consentSensitive === null || askedHere);
  const answerSensitive = (keep: boolean) => {
    setAskedHere(true);
    setConsent(true, keep);
  };

  const toggleGroup = (g: (typeof FOCUS_GROUPS)[number]) =>
    update({
      focusGroups: contact.focusGroups.includes(g)
        ? contact.focusGroups.filter((x) => x !== g)
        : [...contact.focusGroups, g],
    });

  return (
    <div className="screen contact-screen">
      <h1>{t('contact.title')}</h1>
      <p className="screen__lead">{t('contact.lead')}</p>

      <section aria-labelledby="address-title" className="form-section">
        <h2 id="address-title">{t('contact.addressTitle')}</h2>
        <label className="field">
          <span>{t('contact.surname')}</span>
          <input
            className="text-input"
            value={contact.surname}
            maxLength={20}
            autoComplete="off"
            onChange={(e) => update({ surname: e.target.value })}
            aria-invalid={nameProblem !== null}
            aria-describedby="surname-error"
            data-testid="surname"
          />
        </label>
        {nameProblem && (
          <p id="surname-error" role="alert" className="error" data-testid="surname-error">
            {t(`contact.surnameProblem.${nameProblem}`)}
          </p>
        )}
        <div className="options options--row" role="group" aria-label={t('contact.salutation')}>
          {SALUTATION_CHOICES.map((s) => (
            <BigButton
              key={s ?? 'none'}
              pressed={contact.salutation === s}
              onClick={() => update({ salutation: s })}
              data-testid={`salutation-${s ?? 'none'}`}
            >
              {t(`contact.salutationOption.${s ?? 'none'}`)}
            </BigButton>
          ))}
        </div>
      </section>

      <section aria-labelledby="phone-title" className="form-section">
        <h2 id="phone-title">{t('contact.phoneTitle')}</h2>
        <p className="phone-display" data-testid="phone-display" aria-live="polite">
          {contact.phone === '' ? t('contact.phoneEmpty') : contact.phone}
        </p>
        {problem && (
          <p role="alert" className="error" data-testid="phone-error">
            {t(`contact.phoneProblem.${problem}`)}
          </p>
        )}
        <NumberPad value={contact.phone} maxLength={11} onChange={(phone) => update({ phone })} />
      </section>

      <section aria-labelledby="visit-title" className="form-section">
        <h2 id="visit-title">{t('contact.homeVisitTitle')}</h2>
        <p>{t('contact.homeVisitLead')}</p>
        <div className="options options--wrap" role="group" aria-labelledby="visit-title">
          <BigButton
            pressed={contact.homeVisitReason === null}
            onClick={() => update({ homeVisitReason: null })}
            data-testid="visit-none"
          >
            {t('contact.homeVisitNone')}
          </BigButton>
          {HOME_VISIT_REASONS.map((r) => (
            <BigButton
              key={r}
              pressed={contact.homeVisitReason === r}
              onClick={() => update({ homeVisitReason: r })}
              data-testid={`visit-${r}`}
            >
              {t(`contact.homeVisitReason.${r}`)}
            </BigButton>
          ))}
        </div>
      </section>

      <section aria-labelledby="groups-title" className="form-section">
        <h2 id="groups-title">{t('contact.groupsTitle')}</h2>
        <p>{t('contact.groupsLead')}</p>
        <div className="options options--wrap" role="group" aria-labelledby="groups-title">
          {FOCUS_GROUPS.map((g) => (
            <BigButton
              key={g}
              pressed={contact.focusGroups.includes(g)}
              onClick={() => toggleGroup(g)}
              data-testid={`group-${g}`}
            >
              {t(`contact.group.${g}`)}
            </BigButton>
          ))}
        </div>
      </section>

      {sensitiveChosen && consentSensitive !== true && (
        <p role="status" className="notice" data-testid="contact-sensitive-dropped">
          {t('contact.sensitiveNotice')}
        </p>
      )}
      {askSensitive && (
        <section aria-labelledby="sensitive-ask" className="form-section">
          <h2 id="sensitive-ask">{t('contact.sensitiveAsk')}</h2>
          <YesNo
            role="group"
            aria-labelledby="sensitive-ask"
            answer={consentSensitive}
            onAnswer={answerSensitive}
            yes={t('contact.sensitiveYes')}
            no={t('contact.sensitiveNo')}
            testId="contact-sensitive"
          />
        </section>
      )}

      {saveError && (
        <p role="alert" className="error" data-testid="save-error">
          {t(`save.error.${saveError}`)}
        </p>
      )}
      <ActionBar onBack={back} onStartOver={reset}>
        <BigButton
          variant="primary"
          disabled={!canSave}
          onClick={() => void save({ consentGeneral: true, consentSensitive })}
          data-testid="contact-save"
        >
          {saving ? t('contact.saving') : t('contact.save')}
        </BigButton>
      </ActionBar>
    </div>
  );
}
