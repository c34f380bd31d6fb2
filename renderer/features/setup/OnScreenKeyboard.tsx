import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';

/**
 * Large keys for a touch screen without a keyboard: only the characters the field can hold, so a
 * code cannot be mistyped with a letter the hub never uses.
 */
export function OnScreenKeyboard({
  keys,
  value,
  maxLength,
  onChange,
  label,
  testIdPrefix,
}: {
  keys: readonly string[];
  value: string;
  maxLength: number;
  onChange: (next: string) => void;
  label: string;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const press = (k: string) => {
    if (value.length < maxLength) onChange(value + k);
  };
  return (
    <div className="osk" role="group" aria-label={label}>
      {keys.map((k) => (
        <BigButton key={k} onClick={() => press(k)} data-testid={`${testIdPrefix}-${k}`}>
          {k}
        </BigButton>
      ))}
      <BigButton
        variant="quiet"
        onClick={() => onChange(value.slice(0, -1))}
        aria-label={t('setup.keyboard.delete')}
        data-testid={`${testIdPrefix}-delete`}
      >
        <Icon glyph="⌫" />
      </BigButton>
      <BigButton variant="quiet" onClick={() => onChange('')} data-testid={`${testIdPrefix}-clear`}>
        {t('setup.keyboard.clear')}
      </BigButton>
    </div>
  );
}
