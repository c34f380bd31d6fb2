import { useTranslation } from 'react-i18next';

/** "Step 2 of 4" in words and as a bar; the words carry the meaning, the bar only repeats it. */
export function StepIndicator({ step, total }: { step: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="step-indicator">
      <p className="step-indicator__text" data-testid="step-indicator">
        {t('question.step', { step, total })}
      </p>
      <progress className="step-indicator__bar" value={step} max={total} aria-hidden="true" />
    </div>
  );
}
