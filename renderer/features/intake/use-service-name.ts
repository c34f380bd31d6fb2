import { useCallback } from 'react';
import { useCatalogue } from '../../app/kiosk-context';
import { useCatalogueText } from '../../i18n/use-catalogue-text';

/** The display name of a service id, from the active catalogue (the id itself if unknown). */
export function useServiceName(): (id: string) => string {
  const catalogue = useCatalogue();
  const ct = useCatalogueText();
  return useCallback(
    (id: string) => {
      const service = catalogue.services.find((s) => s.id === id);
      return service ? ct(service.nameKey) : id;
    },
    [catalogue, ct],
  );
}
