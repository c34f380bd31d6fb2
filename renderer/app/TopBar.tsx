import { useTranslation } from 'react-i18next';
import { usePrefs } from '../features/accessibility/prefs-store';
import { useSiteView, useSiteViewRead, useStoredSiteView } from '../content/use-site-view';
import { useSession } from '../features/session/session-store';
import { ReadAloud } from '../features/accessibility/ReadAloud';
import { BigButton } from '../ui/BigButton';
import { Icon } from '../ui/Icon';

/** The room's name and the controls every resident can reach from every screen. */
export function TopBar({ mainId }: { mainId: string }) {
  const { t } = useTranslation();
  const prefs = usePrefs();
  const site = useSiteView();
  // Until the stored details are read, no name rather than a flash of the demo room's.
  const read = useSiteViewRead();
  // In the wizard, until the hub has named this kiosk's room: "not set up yet", never the demo's.
  const inWizard = useSession((s) => s.screen === 'setup');
  const noRoomYet = useStoredSiteView((s) => s.stored === undefined);
  const notSetUp = inWizard && noRoomYet;
  return (
    <header className="top-bar">
      <div className="top-bar__room">
        <p className="top-bar__sign">{t('app.sign')}</p>
        <p className="top-bar__name" data-testid="room-name">
          {!read
            ? '\u00a0'
            : notSetUp
              ? t('app.notSetUp')
              : `${site.roomName[prefs.locale]} · ${site.street[prefs.locale]}`}
        </p>
      </div>
      <div className="top-bar__controls">
        <BigButton
          variant="quiet"
          lang={prefs.locale === 'zh-CN' ? 'en' : 'zh-CN'}
          onClick={() => prefs.setLocale(prefs.locale === 'zh-CN' ? 'en' : 'zh-CN')}
          data-testid="language-switch"
        >
          {t('a11y.otherLanguage')}
        </BigButton>
        <BigButton
          variant="quiet"
          pressed={prefs.largeText}
          onClick={prefs.toggleLargeText}
          data-testid="large-text"
        >
          <Icon glyph="A+" />
          {t('a11y.largeText')}
        </BigButton>
        <BigButton
          variant="quiet"
          pressed={prefs.highContrast}
          onClick={prefs.toggleHighContrast}
          data-testid="high-contrast"
        >
          <Icon glyph="◐" />
          {t('a11y.highContrast')}
        </BigButton>
        <ReadAloud targetId={mainId} />
      </div>
    </header>
  );
}
