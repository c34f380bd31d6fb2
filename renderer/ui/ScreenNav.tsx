import { useTranslation } from 'react-i18next';
import { BigButton } from './BigButton';
import { Icon } from './Icon';

/** Back and Start over, the same place on every screen of the journey. */
export function ScreenNav({
  onBack,
  onStartOver,
}: {
  onBack?: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="screen-nav" aria-label={t('nav.label')}>
      {onBack && (
        <BigButton variant="quiet" onClick={onBack} data-testid="nav-back">
          <Icon glyph="←" />
          {t('nav.back')}
        </BigButton>
      )}
      <BigButton variant="quiet" onClick={onStartOver} data-testid="nav-start-over">
        <Icon glyph="⟲" />
        {t('nav.startOver')}
      </BigButton>
    </nav>
  );
}
