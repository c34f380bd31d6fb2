import { useTranslation } from 'react-i18next';
import { useCallback } from 'react';

/**
 * Translate a catalogue text key. Catalogue keys are flat and contain dots
 * (e.g. `contract.q.stage`), so key separators are off for this namespace.
 */
export function useCatalogueText(): (key: string) => string {
  const { t } = useTranslation('catalogue');
  return useCallback((key: string) => t(key, { keySeparator: false, nsSeparator: false }), [t]);
}
