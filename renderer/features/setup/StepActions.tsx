import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { useSetup } from './setup-store';

/** Back and Next, the same place on every step. */
export function StepActions({
  nextDisabled = false,
  onNext,
  onBack,
  nextLabel,
  hideBack = false,
}: {
  nextDisabled?: boolean;
  onNext?: () => void;
  onBack?: () => void;
  nextLabel?: ReactNode;
  hideBack?: boolean;
}) {
  const { t } = useTranslation();
  const next = useSetup((s) => s.next);
  const back = useSetup((s) => s.back);
  return (
    <div className="actions setup-actions">
      {!hideBack && (
        <BigButton variant="quiet" onClick={onBack ?? back} data-testid="setup-back">
          <Icon glyph="←" />
          {t('nav.back')}
        </BigButton>
      )}
      <BigButton
        variant="primary"
        disabled={nextDisabled}
        onClick={onNext ?? next}
        data-testid="setup-next"
      >
        {nextLabel ?? t('setup.next')}
        <Icon glyph="→" />
      </BigButton>
    </div>
  );
}
