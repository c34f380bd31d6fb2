import { useCallback, useMemo } from 'react';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { usePrefs } from '../accessibility/prefs-store';
import { useServiceName } from '../intake/use-service-name';
import { HUB_KEYS } from '../../content/hub-content';
import type { ContentDb } from '../../db/content-db';
import { SiteSettings, type XService } from '../../../shared/sync/content';
import type { ServiceId } from '../../../shared/catalogue/ids';

async function readXServices(content: ContentDb): Promise<XService[]> {
  const parsed = SiteSettings.safeParse((await content.content.get(HUB_KEYS.site))?.value);
  return parsed.success ? parsed.data.xServices : [];
}

/**
 * The linkage teams a case can go to: the six services of the catalogue and this site's own X
 * services (from the hub's site settings), with their names in the kiosk's language.
 */
export function useTeamChoices(): { ids: ServiceId[]; name: (id: string) => string } {
  const { catalogue, content } = useKiosk();
  const locale = usePrefs((s) => s.locale);
  const serviceName = useServiceName();
  const xServices = useLiveQuery(() => readXServices(content), [content]);
  const ids = useMemo(() => {
    const all = [...catalogue.services.map((s) => s.id), ...(xServices ?? []).map((x) => x.id)];
    return [...new Set(all)];
  }, [catalogue, xServices]);
  const name = useCallback(
    (id: string) => xServices?.find((x) => x.id === id)?.name[locale] ?? serviceName(id),
    [xServices, locale, serviceName],
  );
  return { ids, name };
}
