import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReady, type Readiness } from './kiosk-context';

/**
 * Draws its children once what they need has arrived, just after the first paint (main.tsx);
 * until then a short "one moment" line in their place. Rarely seen: nobody taps that fast.
 */
export function Ready({ needs, children }: { needs: Readiness; children: ReactNode }) {
  const { t } = useTranslation();
  if (useReady(needs)) return children;
  return (
    <p role="status" className="screen__lead" data-testid="kiosk-opening">
      {t('app.opening')}
    </p>
  );
}
