import { useTranslation } from 'react-i18next';
import type { KioskLock } from './kiosk-lock';

/**
 * What a wiped kiosk shows, and nothing else (docs/privacy.md, "A lost or stolen kiosk"): that
 * it is locked, that residents' information is gone, and what a technician does. In Chinese and,
 * once its strings are loaded, in English below it, for whoever finds the kiosk.
 */
export function LockedScreen({ lock, english }: { lock: KioskLock; english: boolean }) {
  const { t } = useTranslation();
  const langs = english ? (['zh-CN', 'en'] as const) : (['zh-CN'] as const);
  return (
    <main className="locked" data-testid="locked-screen" data-lock={lock}>
      {langs.map((lng) => (
        <section key={lng} lang={lng} className="locked__part">
          <h1>{t('locked.title', { lng })}</h1>
          <p>{t('locked.erased', { lng })}</p>
          {lock === 'wiping' && <p>{t('locked.confirming', { lng })}</p>}
          <p>{t('locked.technician', { lng })}</p>
        </section>
      ))}
    </main>
  );
}
