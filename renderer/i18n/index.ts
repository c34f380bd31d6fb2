import i18next, { type i18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './locales/zh-CN.json';
import type { Catalogue, Locale } from '../../shared/catalogue/schema';
import type { LocaleStrings } from '../../shared/catalogue/default/text';

/** The UI strings of one language (the nested JSON in ./locales). */
export type UiStrings = typeof zhCN;

/**
 * Chinese, the default, ships in the first download; English is fetched after the first paint
 * (main.tsx) or on the first switch, whichever is sooner. That keeps 25 kB of JavaScript off the
 * path to the first screen (docs/architecture.md, "First screen").
 */
const UI_LOADERS: Record<Locale, () => Promise<UiStrings>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => import('./locales/en.json').then((m) => m.default),
};

export interface I18nSetup {
  /** Catalogue text in both languages: at first only the prompts' (Home), later the whole catalogue. */
  catalogue: LocaleStrings;
  locale?: Locale;
  /** UI strings already in hand for languages other than Chinese (tests pass them; the kiosk loads them). */
  ui?: Partial<Record<Locale, UiStrings>>;
}

export function createI18n({ catalogue, locale = 'zh-CN', ui = {} }: I18nSetup): i18n {
  const instance = i18next.createInstance();
  const uiFor = (l: Locale) => (l === 'zh-CN' ? zhCN : ui[l]);
  const resources = (l: Locale): ResourceLanguage => {
    const strings = uiFor(l);
    return strings ? { ui: strings, catalogue: catalogue[l] } : { catalogue: catalogue[l] };
  };
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: ['zh-CN', 'en'],
    ns: ['ui', 'catalogue'],
    defaultNS: 'ui',
    resources: { 'zh-CN': resources('zh-CN'), en: resources('en') },
    // Catalogue keys contain dots; UI keys are nested JSON. Keep the default separator for UI and
    // address catalogue keys with { ns: 'catalogue', keySeparator: false }.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/**
 * Make sure a language's UI strings are loaded. Resolves false if they could not be (a missing
 * file in a broken install): the caller then stays in the language it has.
 */
export async function ensureUiLocale(instance: i18n, locale: Locale): Promise<boolean> {
  if (instance.hasResourceBundle(locale, 'ui')) return true;
  try {
    instance.addResourceBundle(locale, 'ui', await UI_LOADERS[locale](), false, true);
    return true;
  } catch {
    return false;
  }
}

/** Swap in a catalogue's text (the built-in one after first paint; a newer one at the idle reset). */
export function replaceCatalogueStrings(instance: i18n, catalogue: Catalogue): void {
  instance.addResourceBundle('zh-CN', 'catalogue', catalogue.strings['zh-CN'], false, true);
  instance.addResourceBundle('en', 'catalogue', catalogue.strings.en, false, true);
}
