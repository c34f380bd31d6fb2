import type { i18n } from 'i18next';
import { createI18n } from '../i18n';
import { PROMPT_TILES, promptsText } from '../../shared/catalogue/default/prompts';
import { splitLocales } from '../../shared/catalogue/default/text';
import type { KioskContextValue } from './kiosk-context';

/**
 * What the kiosk draws Home from before anything else has loaded: the seven prompts' tiles and
 * the Chinese UI strings (main.tsx; App.test.tsx draws the same).
 */
export const FIRST_SERVICES: KioskContextValue = {
  prompts: PROMPT_TILES,
  catalogue: null,
  dbs: null,
};

export function createFirstI18n(): i18n {
  return createI18n({ catalogue: splitLocales([promptsText]) });
}
