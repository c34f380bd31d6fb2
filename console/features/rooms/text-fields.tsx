import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../shared/sync/content';

/** The longest text of a room's settings, per language (LocalText in shared/sync/content.ts). */
export const TEXT_MAX = 200;

/** One text in both languages the kiosk speaks: two labelled inputs side by side. */
export function BothLanguages({
  label,
  value,
  onChange,
  testId,
  max = TEXT_MAX,
}: {
  label: string;
  value: LocalText;
  onChange: (next: LocalText) => void;
  testId: string;
  max?: number;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{label}</legend>
      <label className="field field--inline">
        <span>{t('rooms.zh')}</span>
        <input
          value={value['zh-CN']}
          maxLength={max}
          onChange={(e) => onChange({ ...value, 'zh-CN': e.target.value })}
          data-testid={`${testId}-zh`}
        />
      </label>
      <label className="field field--inline">
        <span>{t('rooms.en')}</span>
        <input
          value={value.en}
          maxLength={max}
          onChange={(e) => onChange({ ...value, en: e.target.value })}
          data-testid={`${testId}-en`}
        />
      </label>
    </fieldset>
  );
}
