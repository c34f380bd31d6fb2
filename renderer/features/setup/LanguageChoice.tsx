import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from '../accessibility/prefs-store';

/** The wizard's language, on its first step; it carries on to Home (residents switch on every screen). */
export function LanguageChoice() {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const setLocale = usePrefs((s) => s.setLocale);
  return (
    <div className="setup-language">
      <p className="setup-note" id="setup-language-lead">
        {t('setup.language.lead')}
      </p>
      <div className="options options--row" role="group" aria-labelledby="setup-language-lead">
        <BigButton
          lang="zh-CN"
          pressed={locale === 'zh-CN'}
          onClick={() => setLocale('zh-CN')}
          data-testid="setup-lang-zh"
        >
          {t('setup.language.zh')}
        </BigButton>
        <BigButton
          lang="en"
          pressed={locale === 'en'}
          onClick={() => setLocale('en')}
          data-testid="setup-lang-en"
        >
          {t('setup.language.en')}
        </BigButton>
      </div>
    </div>
  );
}
