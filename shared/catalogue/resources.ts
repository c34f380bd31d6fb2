import type { Catalogue, Locale } from './schema';

/** The catalogue's text as i18next resources for the `catalogue` namespace, one bundle per locale. */
export function catalogueResources(catalogue: Catalogue): Record<Locale, Record<string, string>> {
  return { 'zh-CN': catalogue.strings['zh-CN'], en: catalogue.strings.en };
}
