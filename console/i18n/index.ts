import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN.json';
import en from './locales/en.json';

export const CONSOLE_LOCALES = ['zh-CN', 'en'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

const STORAGE_KEY = 'console.locale';

/** The language last chosen on this browser (a UI preference, nothing personal); Chinese by default. */
export function savedLocale(): ConsoleLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function saveLocale(locale: ConsoleLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
}

/**
 * The console's strings: both languages ship in the bundle (a few kB each). Catalogue text (the
 * questions and answers residents saw) is added under `catalogue` when a case page needs it.
 */
export function createConsoleI18n(locale: ConsoleLocale = savedLocale()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...CONSOLE_LOCALES],
    ns: ['ui', 'catalogue'],
    defaultNS: 'ui',
    resources: { 'zh-CN': { ui: zhCN }, en: { ui: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return instance;
}
