import { useTranslation } from 'react-i18next';
import { usePrefs } from '../accessibility/prefs-store';
import { streetById } from '../../../shared/sites';
import type { SitePreview } from '../../../shared/sync/protocol';

/** A room as the hub has it: its name, street/town and address (wizard and technician mode). */
export function SiteCard({ site }: { site: SitePreview }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const street = streetById(site.street);
  return (
    <dl className="setup-facts" data-testid="enrolled-site">
      <dt>{t('setup.site.room')}</dt>
      <dd data-testid="enrolled-room">{site.roomName[locale]}</dd>
      <dt>{t('setup.site.street')}</dt>
      <dd data-testid="enrolled-street">{locale === 'zh-CN' ? street.zh : street.en}</dd>
      <dt>{t('setup.site.address')}</dt>
      <dd>{site.address[locale]}</dd>
    </dl>
  );
}
