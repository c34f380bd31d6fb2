import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { usePrefs } from '../accessibility/prefs-store';
import { CodeStep } from './CodeStep';
import { ConnectionStep } from './ConnectionStep';
import { EnrollStep } from './EnrollStep';
import { HubAddressStep } from './HubAddressStep';
import { PinStep } from './PinStep';
import { SettingsStep } from './SettingsStep';
import { setupDraft, writeSetupDraft } from './setup-draft';
import { SETUP_STEPS, stepNumber, useSetup, type SetupStep } from './setup-store';
import './setup.css';

function StepBody({ step }: { step: SetupStep }) {
  switch (step) {
    case 'hub':
      return <HubAddressStep />;
    case 'code':
      return <CodeStep />;
    case 'connection':
      return <ConnectionStep />;
    case 'enroll':
      return <EnrollStep />;
    case 'pin':
      return <PinStep />;
    case 'settings':
      return <SettingsStep />;
  }
}

/** Keep what is typed, the step and the language through a reload (setup-draft.ts). */
function useKeepDraft() {
  const { content } = useKiosk();
  useEffect(() => {
    const keep = () =>
      void writeSetupDraft(
        content,
        setupDraft(useSetup.getState(), usePrefs.getState().locale),
      ).catch(() => undefined); // best effort: a full disk must not stop the wizard
    const stopSetup = useSetup.subscribe(keep);
    const stopPrefs = usePrefs.subscribe(keep);
    return () => {
      stopSetup();
      stopPrefs();
    };
  }, [content]);
}

/** The first-run wizard: from an empty kiosk to Home with the real room. */
export function SetupWizard() {
  const { t } = useTranslation();
  const step = useSetup((s) => s.step);
  useKeepDraft();
  return (
    <div className="screen setup" data-testid="setup-wizard" data-step={step}>
      <h1 tabIndex={-1}>{t('setup.title')}</h1>
      <div className="step-indicator">
        <p className="step-indicator__text" data-testid="setup-progress">
          {t('setup.progress', {
            step: stepNumber(step),
            total: SETUP_STEPS.length,
            name: t(`setup.step.${step}`),
          })}
        </p>
        <progress
          className="step-indicator__bar"
          value={stepNumber(step)}
          max={SETUP_STEPS.length}
          aria-hidden="true"
        />
      </div>
      <h2 key={step}>{t(`setup.step.${step}`)}</h2>
      <StepBody step={step} />
    </div>
  );
}
