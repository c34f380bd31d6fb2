import { create } from '../../state/create-store';
import type { Locale } from '../../../shared/catalogue/schema';

/**
 * Display preferences of the person at the screen. They belong to that person, so the idle reset
 * returns them to the defaults for the next resident.
 */
export interface Prefs {
  locale: Locale;
  largeText: boolean;
  highContrast: boolean;
}

export const DEFAULT_PREFS: Prefs = { locale: 'zh-CN', largeText: false, highContrast: false };

interface PrefsStore extends Prefs {
  setLocale: (locale: Locale) => void;
  toggleLargeText: () => void;
  toggleHighContrast: () => void;
  resetPrefs: () => void;
}

export const usePrefs = create<PrefsStore>((set) => ({
  ...DEFAULT_PREFS,
  setLocale: (locale) => set({ locale }),
  toggleLargeText: () => set((s) => ({ largeText: !s.largeText })),
  toggleHighContrast: () => set((s) => ({ highContrast: !s.highContrast })),
  resetPrefs: () => set(DEFAULT_PREFS),
}));
