import { useCallback } from 'react';
import { useCatalogue } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';
import { useSiteView } from '../../content/use-site-view';
import { usePrefs } from '../accessibility/prefs-store';

/**
 * The display name of a service id: one of the six from the active catalogue, or one of the
 * room's own X services as the hub named it (the id itself if unknown).
 */
export function useServiceName(): (id: string) => string {
  const catalogue = useCatalogue();
  const ct = useCatalogueText();
  const xServices = useSiteView().xServices;
  const locale = usePrefs((s) => s.locale);
  return useCallback(
    (id: string) => {
      const service = catalogue.services.find((s) => s.id === id);
      if (service) return ct(service.nameKey);
      return xServices.find((x) => x.id === id)?.name[locale] ?? id;
    },
    [catalogue, ct, xServices, locale],
  );
}
