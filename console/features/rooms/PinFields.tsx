import { useTranslation } from 'react-i18next';

/**
 * A new PIN typed twice, hidden as it is typed. The form clears both after sending: the PIN is
 * never shown again (the hub keeps only its hash).
 */
export function PinFields({
  pin,
  again,
  onPin,
  onAgain,
  testId,
}: {
  pin: string;
  again: string;
  onPin: (v: string) => void;
  onAgain: (v: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const digits = (v: string) => v.replace(/\D/g, '').slice(0, 8);
  return (
    <>
      <label className="field">
        <span>{t('volunteers.pin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={pin}
          onChange={(e) => onPin(digits(e.target.value))}
          data-testid={`${testId}-pin`}
        />
      </label>
      <label className="field">
        <span>{t('volunteers.pinAgain')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={again}
          onChange={(e) => onAgain(digits(e.target.value))}
          data-testid={`${testId}-again`}
        />
      </label>
      {again !== '' && pin !== again && (
        <p className="form-status form-status--error" role="alert">
          {t('volunteers.pinDiffer')}
        </p>
      )}
    </>
  );
}
