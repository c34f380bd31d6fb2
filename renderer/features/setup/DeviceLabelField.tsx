import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { DEVICE_LABEL_TYPED_MAX } from '../../../shared/device-label';

/** Names a technician picks most often: one tap on a touch screen with no keyboard. */
const SUGGESTIONS = ['frontLeft', 'frontRight', 'entrance', 'waiting'] as const;
export const LABEL_SUGGESTIONS: readonly string[] = SUGGESTIONS;

/**
 * The kiosk's short name in its room ("前台左"), sent with the enrollment so the hub's admin can
 * tell this kiosk from the room's others in `device list`; technician mode shows it too.
 */
export function DeviceLabelField({
  value,
  onChange,
  disabled = false,
}: {
  value: string;
  onChange: (label: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="setup-label" disabled={disabled}>
      <legend>{t('setup.label.title')}</legend>
      <p className="setup-note" id="setup-label-lead">
        {t('setup.label.lead')}
      </p>
      <div className="options options--row" role="group" aria-labelledby="setup-label-lead">
        {SUGGESTIONS.map((key) => {
          const label = t(`setup.label.suggest.${key}`);
          return (
            <BigButton
              key={key}
              pressed={value === label}
              onClick={() => onChange(label)}
              data-testid={`label-suggest-${key}`}
            >
              {label}
            </BigButton>
          );
        })}
      </div>
      <label className="field">
        <span>{t('setup.label.own')}</span>
        <input
          className="text-input"
          value={value}
          maxLength={DEVICE_LABEL_TYPED_MAX}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          data-testid="setup-label"
        />
      </label>
    </fieldset>
  );
}
