import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDbsOpen } from './kiosk-context';

/**
 * Draws its children once the databases are open; until then (a moment after start, rarely seen:
 * nobody gets past the questions that fast) a short "one moment" line in their place.
 */
export function DbsReady({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (useDbsOpen()) return children;
  return (
    <p role="status" className="screen__lead" data-testid="dbs-opening">
      {t('app.opening')}
    </p>
  );
}
