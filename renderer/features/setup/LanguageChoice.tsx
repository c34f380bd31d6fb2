import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import type { Locale } from '../../../shared/catalogue/schema';
import { usePrefs } from '../accessibility/prefs-store';

/** Each language in its own words and its own `lang`, so a screen reader says it right. */
const LANGUAGES: readonly { locale: Locale; key: 'zh' | 'en' }[] = [
  { locale: 'zh-CN', key: 'zh' },
  { locale: 'en', key: 'en' },
];

/** The wizard's language, on its first step; it carries on to Home (residents switch on every screen). */
export function LanguageChoice() {
  const { t } = useTranslation();
  const current = usePrefs((s) => s.locale);
  const setLocale = usePrefs((s) => s.setLocale);
  return (
    <div className="setup-language">
      <p className="setup-note" id="setup-language-lead">
        {t('setup.language.lead')}
      </p>
      <div className="options options--row" role="group" aria-labelledby="setup-language-lead">
        {LANGUAGES.map(({ locale, key }) => (
          <BigButton
            key={key}
            lang={locale}
            pressed={current === locale}
            onClick={() => setLocale(locale)}
            data-testid={`setup-lang-${key}`}
          >
            {t(`setup.language.${key}`)}
          </BigButton>
        ))}
      </div>
    </div>
  );
}
