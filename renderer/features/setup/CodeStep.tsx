import { useTranslation } from 'react-i18next';
import { usePrefs } from '../accessibility/prefs-store';
import type { SiteFile } from '../../../shared/site-file';
import { keepSiteFilePrinter } from '../../platform/site-file-printer';
import { CodeEntry } from './CodeEntry';
import { isCodeShaped } from './enroll-problem';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';

/** The enrollment code: typed, or read with the hub and the label from the site file. */
export function CodeStep() {
  const { t } = useTranslation();
  const { code, hubUrl, printer, codeReturned, codeRefused, setCode, applySiteFile } = useSetup();
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
      {codeRefused && (
        <p role="alert" className="error" data-testid="code-refused">
          {t(`setup.enrollProblem.${codeRefused}`)} {t('setup.code.correct')}
        </p>
      )}
      <CodeEntry
        code={code}
        onCode={setCode}
        onSiteFile={fromFile}
        autoFocus={codeRefused !== null}
      />
      <p className="setup-note" data-testid="setup-code-hub">
        {t('setup.code.hub', { hubUrl })}
        {printer && ` ${t('setup.code.printer', { printer })}`}
      </p>
      <StepActions nextDisabled={!isCodeShaped(code)} />
    </>
  );
}
