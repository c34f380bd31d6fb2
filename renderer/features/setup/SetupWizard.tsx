import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from '../accessibility/prefs-store';
import type { SiteFile } from '../../../shared/site-file';
import { keepSiteFilePrinter } from '../../platform/site-file-printer';
import { CodeEntry } from './CodeEntry';
import { ConnectionStep } from './ConnectionStep';
import { EnrollStep } from './EnrollStep';
import { HubAddressStep } from './HubAddressStep';
import { isCodeShaped } from './enroll-problem';
import { PinStep } from './PinStep';
import { SettingsStep } from './SettingsStep';
import { SETUP_STEPS, stepNumber, useSetup, type SetupStep } from './setup-store';
import { StepActions } from './StepActions';
import './setup.css';

function LanguageStep() {
  const { t } = useTranslation();
  const prefs = usePrefs();
  return (
    <>
      <p className="screen__lead">{t('setup.language.lead')}</p>
      <div className="options options--row" role="group" aria-label={t('setup.language.lead')}>
        <BigButton
          lang="zh-CN"
          pressed={prefs.locale === 'zh-CN'}
          onClick={() => prefs.setLocale('zh-CN')}
          data-testid="setup-lang-zh"
        >
          {t('setup.language.zh')}
        </BigButton>
        <BigButton
          lang="en"
          pressed={prefs.locale === 'en'}
          onClick={() => prefs.setLocale('en')}
          data-testid="setup-lang-en"
        >
          {t('setup.language.en')}
        </BigButton>
      </div>
      {/* The first step: there is nothing before it to go back to. */}
      <StepActions hideBack />
    </>
  );
}

function CodeStep() {
  const { t } = useTranslation();
  const { code, hubUrl, printer, codeReturned, setCode, applySiteFile } = useSetup();
  const setLocale = usePrefs((s) => s.setLocale);
  const fromFile = (file: SiteFile) => {
    applySiteFile(file);
    if (file.locale) setLocale(file.locale);
    void keepSiteFilePrinter(file);
  };
  return (
    <>
      <p className="screen__lead">{t('setup.code.lead')}</p>
      {codeReturned && (
        <p role="status" className="setup-ok" data-testid="code-returned">
          {t('setup.code.returned')}
        </p>
      )}
      <CodeEntry code={code} onCode={setCode} onSiteFile={fromFile} />
      <p className="setup-note" data-testid="setup-code-hub">
        {t('setup.code.hub', { hubUrl })}
        {printer && ` ${t('setup.code.printer', { printer })}`}
      </p>
      <StepActions nextDisabled={!isCodeShaped(code)} />
    </>
  );
}

function StepBody({ step }: { step: SetupStep }) {
  switch (step) {
    case 'language':
      return <LanguageStep />;
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

/** The first-run wizard: from an empty kiosk to Home with the real room. */
export function SetupWizard() {
  const { t } = useTranslation();
  const step = useSetup((s) => s.step);
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
