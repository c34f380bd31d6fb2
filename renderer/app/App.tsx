import { lazy, Suspense, useEffect, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { KioskProvider, type KioskContextValue } from './kiosk-context';
import { TopBar } from './TopBar';
import { ScreenSwitch } from './ScreenSwitch';
import { IdleGuard } from '../features/idle/IdleGuard';
import { usePrefs } from '../features/accessibility/prefs-store';
import { useSession } from '../features/session/session-store';
import { TechnicianGesture } from '../features/technician/TechnicianGesture';
import { ensureUiLocale } from '../i18n';
import { useViewStart } from '../ui/use-view-start';

const MAIN_ID = 'main';

// Brings Dexie and zod: loaded after Home is first drawn, drawn once the databases are open.
const DbChrome = lazy(() => import('./DbChrome').then((m) => ({ default: m.DbChrome })));

export function App({ services, i18n }: { services: KioskContextValue; i18n: i18n }) {
  const prefs = usePrefs();
  const screen = useSession((s) => s.screen);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    void ensureUiLocale(i18n, prefs.locale).then((loaded) => {
      // Only on a real change: changing to the current language still re-renders every screen.
      if (!current || !loaded || i18n.language === prefs.locale) return;
      void i18n.changeLanguage(prefs.locale);
      document.documentElement.lang = prefs.locale;
    });
    return () => {
      current = false;
    };
  }, [i18n, prefs.locale]);

  useViewStart(mainRef, screen);

  const classes = ['app', prefs.largeText && 'app--large', prefs.highContrast && 'app--contrast'];
  return (
    <I18nextProvider i18n={i18n}>
      <KioskProvider value={services}>
        <div className={classes.filter(Boolean).join(' ')} data-screen={screen}>
          <TopBar mainId={MAIN_ID} />
          <main id={MAIN_ID} ref={mainRef}>
            <ScreenSwitch screen={screen} />
          </main>
          {services.dbs && services.catalogue && (
            <Suspense fallback={null}>
              <DbChrome />
            </Suspense>
          )}
          {/* Desk mode has its own, longer idle lock (features/desk/DeskIdleLock). */}
          {/* The wizard and technician mode are staff screens: no resident's idle reset there. */}
          {screen !== 'desk' && screen !== 'setup' && screen !== 'technician' && <IdleGuard />}
          <TechnicianGesture />
        </div>
      </KioskProvider>
    </I18nextProvider>
  );
}
