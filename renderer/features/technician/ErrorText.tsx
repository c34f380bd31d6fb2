import { useTranslation } from 'react-i18next';
import type { ErrorWords } from './error-words';

/**
 * An error in words, with its code beside it in small type: the technician reads the words, the
 * support desk and docs/deploy.md ("What a technician can see") go by the code.
 */
export function ErrorText({ words, code }: { words: ErrorWords['words']; code: string }) {
  const { t } = useTranslation();
  const said = (w: NonNullable<ErrorWords['words']>) => {
    switch (w.family) {
      case 'failure':
        return t(`technician.failure.${w.key}`, w.values);
      case 'print':
        return t(`technician.printError.${w.key}`, w.values);
      case 'siteFile':
        return t(`setup.siteFile.problem.${w.key}`);
    }
  };
  return (
    <>
      {words && `${said(words)} `}
      <code className="tech-code">{code}</code>
    </>
  );
}
