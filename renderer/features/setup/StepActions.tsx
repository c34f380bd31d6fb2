import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { useSetup } from './setup-store';

/**
 * Back and Next, the same place on every step: pinned to the bottom of the screen (setup.css),
 * so Next stays in view below a keyboard or a long room card at 1280×800.
 */
export function StepActions({
  nextDisabled = false,
  onNext,
  onBack,
  nextLabel,
  hideBack = false,
  hideNext = false,
  children,
}: {
  nextDisabled?: boolean;
  onNext?: () => void;
  onBack?: () => void;
  nextLabel?: ReactNode;
  hideBack?: boolean;
  /** A step that moves on by itself (the PIN, once six digits are typed). */
  hideNext?: boolean;
  /** More buttons for this step, between Back and Next (e.g. "Enter another code"). */
  children?: ReactNode;
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
      {children}
      {!hideNext && (
        <BigButton
          variant="primary"
          disabled={nextDisabled}
          onClick={onNext ?? next}
          data-testid="setup-next"
        >
          {nextLabel ?? t('setup.next')}
          <Icon glyph="→" />
        </BigButton>
      )}
    </div>
  );
}
