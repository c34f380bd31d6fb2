import { useTranslation } from 'react-i18next';
import { serviceName } from '../../ui/format';
import { CORE_SERVICE_IDS } from '../../../shared/catalogue/ids';
import type { SiteSettings } from '../../../shared/sync/content';

/** A service's name: the six in the console's words, an X service by the room's own name. */
export function useServiceLabel(settings: SiteSettings | undefined): (id: string) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (id) => settings?.xServices.find((x) => x.id === id)?.name[locale] ?? serviceName(t, id);
}

/** Every service a rota slot can name at this room: the six, then the room's X services. */
export function roomServices(settings: SiteSettings): string[] {
  return [...CORE_SERVICE_IDS, ...settings.xServices.map((x) => x.id)];
}
