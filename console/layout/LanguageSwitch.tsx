import { useTranslation } from 'react-i18next';
import { CONSOLE_LOCALES, saveLocale, type ConsoleLocale } from '../i18n';

/** 中文 / English, remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang" role="group" aria-label={t('lang.label')}>
      {CONSOLE_LOCALES.map((locale: ConsoleLocale) => (
        <button
          key={locale}
          type="button"
          className="button button--small"
          lang={locale}
          aria-pressed={i18n.language === locale}
          data-testid={`lang-${locale}`}
          onClick={() => {
            saveLocale(locale);
            void i18n.changeLanguage(locale);
          }}
        >
          {t(`lang.${locale}`)}
        </button>
      ))}
    </div>
  );
}
