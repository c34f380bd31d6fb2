import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';

/**
 * Said under "the page's own security policy refused it" in the browser build: its policy lets
 * the page reach its own address only, and the hub is reached through that address (the demo
 * server's /api proxy). Electron's policy names the hub of kiosk-settings.json instead.
 */
export function BlockedHint({ problem }: { problem: string | null }) {
  const { t } = useTranslation();
  if (problem !== 'blocked_by_page' || getPlatform().shell !== 'web') return null;
  return (
    <p className="setup-note" data-testid="blocked-hint">
      {t('setup.blockedHint', { pageOrigin: window.location.origin })}
    </p>
  );
}
