import { useTranslation } from 'react-i18next';
import { LanguageChoice } from './LanguageChoice';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { hubAddressProblem } from './hub-check';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';

const URL_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789', '.', ':', '/', '-'];

/**
 * The first step: the wizard's language, and the district hub's address, prefilled from the boot
 * config; only an https URL goes on (plain http only to this machine itself, for the demo:
 * shared/hub-url.ts).
 */
export function HubAddressStep() {
  const { t } = useTranslation();
  const hubUrl = useSetup((s) => s.hubUrl);
  const setHubUrl = useSetup((s) => s.setHubUrl);
  const problem = hubAddressProblem(hubUrl);
  const valid = problem === null;
  const shown = hubUrl !== '' && !valid;
  return (
    <>
      <LanguageChoice />
      <p className="screen__lead">{t('setup.hub.lead')}</p>
      <label className="field">
        <span>{t('setup.hub.label')}</span>
        <input
          className="text-input setup-url"
          value={hubUrl}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setHubUrl(e.target.value)}
          aria-invalid={shown}
          aria-describedby="hub-url-error"
          data-testid="setup-hub-url"
        />
      </label>
      <p
        id="hub-url-error"
        role={shown ? 'alert' : undefined}
        className={shown ? 'error' : 'sr-only'}
      >
        {problem === 'insecure' ? t('setup.hub.insecure') : shown ? t('setup.hub.invalid') : ''}
      </p>
      <OnScreenKeyboard
        keys={URL_KEYS}
        value={hubUrl}
        maxLength={200}
        onChange={setHubUrl}
        label={t('setup.hub.keyboard')}
        testIdPrefix="url-key"
      />
      {/* The first step: there is nothing before it to go back to. */}
      <StepActions nextDisabled={!valid} hideBack />
    </>
  );
}
