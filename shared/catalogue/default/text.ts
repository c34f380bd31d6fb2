import type { z } from 'zod';
import type { Flow, Tip, Service, LegalAidScreen } from '../schema';

/**
 * Catalogue text as it is written: Simplified Chinese and English side by side, so a reviewer can
 * check each translation against its original and no key can exist in one locale only. `index.ts`
 * splits these into the two i18next resources the catalogue carries.
 */
export type Texts = Readonly<Record<string, readonly [zh: string, en: string]>>;

/** What an author writes: zod input types, so empty `services` / `tips` may be left out. */
export type FlowSource = z.input<typeof Flow>;
export type TipSource = z.input<typeof Tip>;
export type ServiceSource = z.input<typeof Service>;
export type LegalAidSource = z.input<typeof LegalAidScreen>;

export interface LocaleStrings {
  'zh-CN': Record<string, string>;
  en: Record<string, string>;
}

/** Merge the text of every part into one resource per locale; a key defined twice is a bug. */
export function splitLocales(parts: readonly Texts[]): LocaleStrings {
  const out: LocaleStrings = { 'zh-CN': {}, en: {} };
  for (const part of parts) {
    for (const [key, [zh, en]] of Object.entries(part)) {
      if (key in out.en) throw new Error(`catalogue text key defined twice: ${key}`);
      out['zh-CN'][key] = zh;
      out.en[key] = en;
    }
  }
  return out;
}
