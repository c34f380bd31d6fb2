import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN.json';
import en from './locales/en.json';
import type { Catalogue, Locale } from '../../shared/catalogue/schema';

/** UI strings; catalogue text is added as its own namespace so the hub can update it. */
export const UI_RESOURCES = { 'zh-CN': zhCN, en } as const;

export function createI18n(catalogue: Catalogue, locale: Locale = 'zh-CN'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: ['zh-CN', 'en'],
    ns: ['ui', 'catalogue'],
    defaultNS: 'ui',
    resources: {
      'zh-CN': { ui: zhCN, catalogue: catalogue.strings['zh-CN'] },
      en: { ui: en, catalogue: catalogue.strings.en },
    },
    // Catalogue keys contain dots; UI keys are nested JSON. Keep the default separator for UI and
    // address catalogue keys with { ns: 'catalogue', keySeparator: false }.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Swap in a newer catalogue's text (applied at the idle reset, never mid-intake). */
export function replaceCatalogueStrings(instance: i18n, catalogue: Catalogue): void {
  instance.addResourceBundle('zh-CN', 'catalogue', catalogue.strings['zh-CN'], false, true);
  instance.addResourceBundle('en', 'catalogue', catalogue.strings.en, false, true);
}
