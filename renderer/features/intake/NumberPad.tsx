import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A large on-screen number pad: no tiny system keyboard, no typing mistakes with letters. */
export function NumberPad({
  value,
  maxLength,
  onChange,
}: {
  value: string;
  maxLength: number;
  onChange: (next: string) => void;
}) {
  const { t } = useTranslation();
  const press = (d: string) => {
    if (value.length < maxLength) onChange(value + d);
  };
  return (
    <div className="number-pad" role="group" aria-label={t('contact.numberPad')}>
      {DIGITS.map((d) => (
        <BigButton key={d} onClick={() => press(d)} data-testid={`pad-${d}`}>
          {d}
        </BigButton>
      ))}
      <BigButton variant="quiet" onClick={() => onChange('')} data-testid="pad-clear">
        {t('contact.clear')}
      </BigButton>
      <BigButton onClick={() => press('0')} data-testid="pad-0">
        {'0'}
      </BigButton>
      <BigButton
        variant="quiet"
        onClick={() => onChange(value.slice(0, -1))}
        aria-label={t('contact.deleteDigit')}
        data-testid="pad-delete"
      >
        <Icon glyph="⌫" />
      </BigButton>
    </div>
  );
}
