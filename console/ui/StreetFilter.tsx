import { useTranslation } from 'react-i18next';
import { streetName } from './format';
import { STREETS, type StreetId } from '../../shared/sites';

/** A list's street filter, for district-wide roles (a street office's lists are its street's). */
export function StreetFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: StreetId | undefined;
  onChange: (street: StreetId | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <label className="field field--inline">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as StreetId | undefined)}
      >
        <option value="">{t('cases.allStreets')}</option>
        {STREETS.map((s) => (
          <option key={s.id} value={s.id}>
            {streetName(i18n.language, s.id)}
          </option>
        ))}
      </select>
    </label>
  );
}
