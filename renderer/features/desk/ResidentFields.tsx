import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { FOCUS_GROUPS, HOME_VISIT_REASONS } from '../../../shared/catalogue/ids';
import type { RegistrationField, RegistrationInput } from '../../../shared/cases/forms';
import { FieldError } from './FieldError';
import type { AnyProblem } from './problem-text';

const FORM = 'register';
const SALUTATIONS = ['mr', 'ms', null] as const;

/**
 * The resident's details on the registration form, asked only with consent: surname (never a
 * full name), title, mobile, focus groups, a home-visit request. Worded for the volunteer who
 * fills it in ("居民的姓", not the kiosk's "您的姓").
 */
export function ResidentFields({
  input,
  update,
  shown,
  invalid,
}: {
  input: RegistrationInput;
  update: (patch: Partial<RegistrationInput>) => void;
  shown: Partial<Record<RegistrationField, AnyProblem>>;
  invalid: (field: RegistrationField) => {
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  };
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>{t('desk.register.residentTitle')}</legend>
      <label className="field">
        <span>{t('desk.register.surname')}</span>
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
      <FieldError form={FORM} field="surname" problem={shown.surname} />
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
      <FieldError form={FORM} field="phone" problem={shown.phone} />
      <p className="field__label">{t('desk.register.groupsTitle')}</p>
      <div
        className="options options--wrap"
        role="group"
        aria-label={t('desk.register.groupsTitle')}
      >
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
      <p className="field__label">{t('desk.register.homeVisitTitle')}</p>
      <div
        className="options options--wrap"
        role="group"
        aria-label={t('desk.register.homeVisitTitle')}
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
  );
}
